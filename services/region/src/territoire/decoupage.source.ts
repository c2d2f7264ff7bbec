import { readFile } from "node:fs/promises";
import type { CommuneDoc } from "../commune/commune.model";
import type { DepartementDoc } from "../departement/departement.model";
import type { RegionDoc } from "../region/region.model";
import { CODE_COMMUNE, CODE_DEPARTEMENT, CODE_REGION } from "../common/identifiers";

const PACKAGE = "@etalab/decoupage-administratif";

// The record shapes of the package's data files (only the fields read here).
interface RawRegion {
  code: string;
  nom: string;
}
interface RawDepartement {
  code: string;
  nom: string;
  region: string;
}
interface RawCommune {
  code: string;
  nom: string;
  /** commune-actuelle, or commune-deleguee / commune-associee / arrondissement-municipal (not communes of their own). */
  type: string;
  departement?: string;
  codesPostaux?: string[];
  population?: number;
}

export type RegionRecord = Omit<RegionDoc, "_id" | "provenance">;
export type DepartementRecord = Omit<DepartementDoc, "_id" | "provenance">;
export type CommuneRecord = Omit<CommuneDoc, "_id" | "provenance">;

/** A record of the package that was left out, and why. */
export interface Rejection {
  file: "regions" | "departements" | "communes";
  code: string;
  reason: string;
}

/** One vintage of the package, mapped to the subgraph's records. */
export interface Decoupage {
  /** Dataset name stamped into provenance, with the package version (its vintage), e.g. "@etalab/decoupage-administratif 6.0.0". */
  jeuDeDonnees: string;
  regions: RegionRecord[];
  departements: DepartementRecord[];
  /** Current communes only: delegated and associated communes and municipal arrondissements are not communes of their own. */
  communes: CommuneRecord[];
  rejected: Rejection[];
}

// The package's own index.js reads its files relative to the working directory: resolve them here instead.
async function readDataFile<T>(name: string): Promise<T[]> {
  return JSON.parse(await readFile(require.resolve(`${PACKAGE}/data/${name}.json`), "utf8")) as T[];
}

async function packageVersion(): Promise<string> {
  const manifest = JSON.parse(await readFile(require.resolve(`${PACKAGE}/package.json`), "utf8")) as { version: string };
  return manifest.version;
}

/** The dataset the installed package is (its vintage), without reading its data: "@etalab/decoupage-administratif 6.0.0". */
export async function jeuDeDonneesInstalle(): Promise<string> {
  return `${PACKAGE} ${await packageVersion()}`;
}

/** Reads the régions, départements and current communes of the installed @etalab/decoupage-administratif. */
export async function readDecoupage(): Promise<Decoupage> {
  const [version, rawRegions, rawDepartements, rawCommunes] = await Promise.all([
    packageVersion(),
    readDataFile<RawRegion>("regions"),
    readDataFile<RawDepartement>("departements"),
    readDataFile<RawCommune>("communes"),
  ]);
  const rejected: Rejection[] = [];

  const regions: RegionRecord[] = [];
  for (const r of rawRegions) {
    if (!CODE_REGION.test(r.code)) rejected.push({ file: "regions", code: r.code, reason: "malformed INSEE région code" });
    else regions.push({ code: r.code, nom: r.nom });
  }
  const regionCodes = new Set(regions.map((r) => r.code));

  const departements: DepartementRecord[] = [];
  for (const d of rawDepartements) {
    if (!CODE_DEPARTEMENT.test(d.code)) rejected.push({ file: "departements", code: d.code, reason: "malformed INSEE département code" });
    else if (!regionCodes.has(d.region)) rejected.push({ file: "departements", code: d.code, reason: `unknown région "${d.region}"` });
    else departements.push({ code: d.code, nom: d.nom, codeRegion: d.region });
  }
  const departementCodes = new Set(departements.map((d) => d.code));

  const communes: CommuneRecord[] = [];
  for (const c of rawCommunes) {
    if (c.type !== "commune-actuelle") continue;
    if (!CODE_COMMUNE.test(c.code)) rejected.push({ file: "communes", code: c.code, reason: "malformed INSEE commune code" });
    else if (!c.departement || !departementCodes.has(c.departement)) {
      rejected.push({ file: "communes", code: c.code, reason: `unknown département "${c.departement ?? ""}"` });
    } else {
      communes.push({
        code: c.code,
        nom: c.nom,
        codesPostaux: c.codesPostaux ?? [],
        population: c.population ?? null,
        codeDepartement: c.departement,
      });
    }
  }

  return { jeuDeDonnees: `${PACKAGE} ${version}`, regions, departements, communes, rejected };
}
