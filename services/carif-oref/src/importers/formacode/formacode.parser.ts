import type { CsvRow } from "@prisme/common";
import type { FormacodeDoc } from "../../formacode/formacode.model";

/**
 * The columns of the Formacode v8 export, which has no header line (`;`, never quoted): code,
 * libellé in capitals, libellé in lower case with accents, kinds of term (DOM, DIP, PUB…), champ
 * sémantique ("110 MATHEMATIQUES"), non-descripteurs, generic, specific and related terms
 * ("11022 RECHERCHE OPERATIONNELLE", `$`-separated), definition, note d'application, level, NSF,
 * ROME v2, former codes. Public terms (80015 EMPLOYE) have only the first four.
 */
export const FORMACODE_COLUMNS = [
  "code", "libelle", "libelleMinuscules", "types", "champSemantique", "nonDescripteurs", "termesGeneriques", "termesSpecifiques", "termesAssocies",
  "definition", "note", "niveau", "nsf", "rome", "anciensCodes",
];

/** Every term has at least its code, two libellés and its kinds (the publics have no more). */
export const FORMACODE_MIN_FIELDS = 4;

export type FormacodeRecord = Omit<FormacodeDoc, "_id" | "provenance">;

const CODE = /^\d{5}$/;
const list = (cell: string | undefined) => (cell ?? "").split("$").map((part) => part.trim()).filter(Boolean);
const orNull = (cell: string | undefined) => (cell?.trim() ? cell.trim() : null);

/** The codes of a cell of terms ("11022 RECHERCHE OPERATIONNELLE$…"); throws on a term without its code. */
function termCodes(cell: string | undefined, column: string): string[] {
  return list(cell).map((term) => {
    const code = term.slice(0, 5);
    if (!CODE.test(code) || (term.length > 5 && term[5] !== " ")) throw new Error(`${column}: "${term}" does not start with a five-digit Formacode`);
    return code;
  });
}

/** Maps one line of the Formacode export; throws the reason when it cannot make a term. */
export function parseFormacodeRow({ values: v }: CsvRow): FormacodeRecord {
  if (!CODE.test(v.code ?? "")) throw new Error(`"${v.code}" is not a Formacode (five digits)`);
  if (!v.libelle) throw new Error(`${v.code}: empty libellé`);
  const champ = /^(\d{3}) (.+)$/.exec(v.champSemantique ?? "");
  if (v.champSemantique && !champ) throw new Error(`champ sémantique "${v.champSemantique}" is not "<three digits> <libellé>"`);
  return {
    code: v.code!,
    libelle: v.libelleMinuscules || v.libelle!,
    libelleOfficiel: v.libelle!,
    champSemantique: champ ? { code: champ[1]!, libelle: champ[2]! } : null,
    termesGeneriques: termCodes(v.termesGeneriques, "generic terms"),
    termesSpecifiques: termCodes(v.termesSpecifiques, "specific terms"),
    termesAssocies: termCodes(v.termesAssocies, "related terms"),
    synonymes: list(v.nonDescripteurs),
    definition: orNull(v.definition),
    note: orNull(v.note),
  };
}
