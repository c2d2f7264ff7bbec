// npm run report:coverage [-- http://127.0.0.1:4000/]: how well the partners' data joins up, asked
// through the gateway of a running platform (npm start, then npm run import:samples).
import { coverage } from "./coverage";

const GATEWAY = process.argv[2] ?? process.env.PRISME_GATEWAY_URL ?? "http://127.0.0.1:4000/";

async function main() {
  console.log(`# Crosswalk coverage of the data stored (${GATEWAY}, ${new Date().toISOString()})\n`);
  console.log(await coverage(GATEWAY));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
