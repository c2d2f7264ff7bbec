import { withThrowAwayDatabase } from "@prisme/embedded-db";

/** Runs a benchmark against MONGODB_URI when set, else against a FerretDB of its own: a benchmark never writes into the data of `npm start`. */
export const withBenchDatabase = <T>(run: (uri: string) => Promise<T>) => withThrowAwayDatabase(run, "prisme-bench");
