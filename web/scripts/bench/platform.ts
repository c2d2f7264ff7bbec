// A Prisme of its own for the bench: `npm start`'s script on free ports with a throw-away data
// folder, the real sample files of ../shared/data imported, and BENCH_OFFRES generated LHEO offers
// (the carif-oref generator, deterministic), so that pages answer at real volume.
import { spawn } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..", "..", "..");
const DATA = process.env.PRISME_SHARED_DATA ?? join(ROOT, "..", "shared", "data");

/** The real files, in an order where each finds what it links to (territory before centres, BCN before offers). */
const IMPORTS: [source: string, file: string][] = [
  ["onisep-metiers", "onisep/ideo-metiers_onisep.xml"],
  ["onisep-formations", "onisep/ideo-formations_initiales_en_france.csv"],
  ["rome", "rome/rome_4.0_fiches.csv"],
  ["rome", "rome/rome_domaines_professionnels.csv"],
  ["certif-info", "carif-oref/certif_info.csv"],
  ["rncp", "carif-oref/rncp"],
  ["lheo-delta", "carif-oref/lheo/lheo-schema_exemple-bts-onisep.xml"],
  ["annuaire", "rectorat/fr-en-annuaire-education_extract_dep35.csv"],
  ["adresse-geolocalisation", "rectorat/fr-en-adresse-et-geolocalisation_colleges_auvergne.csv"],
  ["bcn-mef", "rectorat/bcn_n_mef.csv"],
  ["cfd-onisep", "carif-oref/certif_info.csv"],
  ["affelnet", "rectorat/affelnet_attractivite_capacite_2022_auvergne.csv"],
  ["parcoursup", "rectorat/parcoursup_bts_attractivite_capacite_2024_auvergne.csv"],
  ["inserjeunes", "rectorat/inserjeunes_depp_etablissements_2022_2023_voie_pro_auvergne.csv"],
  ["inserjeunes", "rectorat/inserjeunes_depp_etablissements_2022_2023_apprentissage_auvergne.csv"],
  ["codes-postaux", "region/laposte_hexasmal_2020.csv"],
  ["agences-france-travail", "region/pass-emploi_agences_pe.json"],
  ["structures-milo", "region/pass-emploi_referentiel_structures_milo.json"],
];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** Runs a Node script to its end; fails with its output when it does not exit with 0. */
function run(script: string, args: string[], env: NodeJS.ProcessEnv, stdout?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { env, stdio: ["ignore", stdout ? "pipe" : "ignore", "pipe"] });
    let errors = "";
    child.stderr!.on("data", (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-4000)));
    if (stdout) child.stdout!.pipe(createWriteStream(stdout));
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${script} ${args.join(" ")} exited with ${code}:\n${errors}`))));
  });
}

export interface BenchPlatform {
  site: string;
  gateway: string;
  stop(): Promise<void>;
}

/** Starts the platform, imports the data and waits until the graph serves it. */
export async function startBenchPlatform(offres: number, log: (line: string) => void): Promise<BenchPlatform> {
  const dataDir = mkdtempSync(join(tmpdir(), "prisme-web-bench-"));
  const ports = { PRISME_DB_PORT: await freePort(), PORT: await freePort(), PORT_ONISEP: await freePort(), PORT_CARIF_OREF: await freePort(), PORT_RECTORAT: await freePort(), PORT_REGION: await freePort(), PORT_WEB: await freePort() };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...Object.fromEntries(Object.entries(ports).map(([key, port]) => [key, String(port)])),
    PRISME_DATA_DIR: dataDir,
    PRISME_DEMO_DATA: "if-empty",
    // The bench is one client sending hundreds of requests a minute: the gateway's rate limit is not what is measured.
    RATE_LIMIT_POINTS: "0",
    LOG_LEVEL: "warn",
  };
  log(`starting Prisme in ${dataDir}…`);
  const child = spawn(process.execPath, [join(ROOT, "packages", "platform", "dist", "start.js")], { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const up = new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
      if (output.includes("Prisme is up.")) resolve();
    });
    child.stderr!.on("data", (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
    child.once("exit", (code) => reject(new Error(`Prisme stopped (exit code ${code}) before it was up:\n${output}`)));
  });
  const stop = async () => {
    if (child.exitCode === null) {
      await new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGINT");
      });
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await up;
    const site = `http://127.0.0.1:${ports.PORT_WEB}/`;
    const gateway = `http://127.0.0.1:${ports.PORT}/`;
    const importer = join(ROOT, "packages", "platform", "dist", "import.js");
    for (const [source, file] of IMPORTS) {
      log(`import ${source} ${file}`);
      await run(importer, [source, join(DATA, file)], env);
    }
    if (offres > 0) {
      const feed = join(dataDir, "offres.xml");
      log(`generating and importing ${offres} LHEO offers…`);
      await run(join(ROOT, "services", "carif-oref", "dist", "generator", "cli.js"), ["--offres", String(offres), "--seed", "1", "--data", DATA], env, feed);
      await run(importer, ["lheo-delta", feed], env);
    }
    await servedAtVolume(gateway, offres);
    return { site, gateway, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Waits until the read models serve what was imported (they follow imports within seconds). */
async function servedAtVolume(gateway: string, offres: number): Promise<void> {
  const deadline = Date.now() + 180_000;
  for (;;) {
    const response = await fetch(gateway, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ metiers(first: 1) { totalCount } offres(first: 1) { totalCount } }" }) });
    const body = (await response.json()) as { data?: { metiers: { totalCount: number }; offres: { totalCount: number } } };
    if (body.data && body.data.metiers.totalCount >= 1000 && body.data.offres.totalCount >= offres) return;
    if (Date.now() > deadline) throw new Error(`the graph does not serve the imported data: ${JSON.stringify(body)}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
