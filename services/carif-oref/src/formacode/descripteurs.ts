import type { CarifOrefState } from "../read-model/carif-oref.read-model";
import type { FormacodeDoc } from "./formacode.model";

/** The Formacode terms of a list of codes, in its order; a code the imported thesaurus does not know is left out (the codes themselves stay listed beside). */
export const descripteurs = (state: CarifOrefState, codes: readonly string[] | null | undefined): FormacodeDoc[] =>
  [...new Set(codes ?? [])].flatMap((code) => state.formacodes.get(code) ?? []);
