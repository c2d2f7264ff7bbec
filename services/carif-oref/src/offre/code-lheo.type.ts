import { Field, ObjectType } from "type-graphql";
import type { LheoDictionary } from "../importers/lheo/lheo.dictionaries";

@ObjectType("CodeLheo", { simpleResolvers: true, description: "Un code d'un dictionnaire LHEO, tel que le donne le flux, et son libellé selon la définition du langage." })
export class CodeLheo {
  @Field(() => String, { description: "Le code, tel que le donne le flux." })
  code!: string;

  @Field(() => String, { nullable: true, description: "Son libellé dans le dictionnaire ; null pour un code que le dictionnaire ne connaît pas (gardé tel quel, signalé à l'import)." })
  libelle!: string | null;
}

/** A stored code with its dictionary label (null when the dictionary does not know it), or null. */
export const codeLheo = (code: string | null | undefined, dictionary: LheoDictionary): CodeLheo | null => (code ? { code, libelle: dictionary.libelles[code] ?? null } : null);
