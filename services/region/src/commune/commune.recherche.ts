import { badUserInput, fold, type Table, type TableQuery } from "@prisme/common";
import type { CommuneEntry } from "../read-model/commune.table";

export interface CommunesFilter {
  departement?: string | null;
  recherche?: string | null;
}

// The distinct postal codes of a table, sorted: a prefix is one binary search away. Kept per
// table and rebuilt only after the table changed (~6,000 codes for the whole of France).
const sortedCodes = new WeakMap<Table<CommuneEntry>, { version: number; codes: string[] }>();

function codesPostaux(communes: Table<CommuneEntry>): string[] {
  const cached = sortedCodes.get(communes);
  if (cached?.version === communes.version) return cached.codes;
  const codes = communes.valuesOf("codePostal").map((f) => String(f.value)).sort();
  sortedCodes.set(communes, { version: communes.version, codes });
  return codes;
}

/** The postal codes starting with these digits ("631" → 63100, 63110…). */
export function codesPostauxCommencantPar(communes: Table<CommuneEntry>, digits: string): string[] {
  const codes = codesPostaux(communes);
  let lo = 0;
  let hi = codes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (codes[mid]! < digits) lo = mid + 1;
    else hi = mid;
  }
  const found: string[] = [];
  for (let i = lo; i < codes.length && codes[i]!.startsWith(digits); i += 1) found.push(codes[i]!);
  return found;
}

/**
 * The query of `communes(departement, recherche)`. Without `recherche`: by INSEE code. With it, what
 * a user types to say where they are: digits are the start of a postal code (biggest commune
 * first); words are the starts of the words of a name, accents, case and hyphens optional, one
 * typo forgiven in longer words: names starting with the text first, then by population.
 */
export function communesQuery(communes: Table<CommuneEntry>, filter: CommunesFilter): TableQuery {
  const where: TableQuery["where"] = filter.departement != null ? { departement: [filter.departement] } : {};
  if (filter.recherche == null) return { where, order: "code" };
  const texte = fold(filter.recherche);
  if (texte.replace(/ /g, "").length < 2) {
    throw badUserInput(`"${filter.recherche}" is too short to search communes: type at least 2 characters of a name or postal code.`, "recherche");
  }
  const digits = texte.replace(/ /g, "");
  if (/^\d+$/.test(digits)) return { where: { ...where, codePostal: codesPostauxCommencantPar(communes, digits) }, order: "population" };
  return { text: texte, where, thenBy: "population" };
}
