// Search latency through a running gateway (e.g. `npm start` after importing the real exports):
//   node dist/bench/gateway.bench.js http://127.0.0.1:4000/
import { FILTERS, SEARCHES, percentiles, timeQueries } from "./bench-queries";

async function main(url: string | undefined): Promise<void> {
  if (!url || !/^https?:\/\//.test(url)) {
    console.error("Usage: npm run bench:gateway -w services/onisep -- <gateway URL, e.g. http://127.0.0.1:4000/>");
    process.exit(2);
  }
  const rounds = Number(process.env.BENCH_ROUNDS ?? 30);
  await timeQueries(url, [...SEARCHES, ...FILTERS], 2);
  console.log(`gateway ${url}, ${rounds} rounds`);
  console.log(percentiles("full-text search (typo, prefix)", await timeQueries(url, SEARCHES, rounds)));
  console.log(percentiles("filters (niveau, type, domaine, ROME)", await timeQueries(url, FILTERS, rounds)));
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
