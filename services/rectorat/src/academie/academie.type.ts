import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Connection } from "@prisme/common";
import academies from "./academies.json";

@Directive('@key(fields: "code")')
@ObjectType({ simpleResolvers: true, description: "Une académie, circonscription de l'Éducation nationale conduite par un recteur ; par exemple 06 Clermont-Ferrand." })
export class Academie {
  @Field(() => ID, { description: "Code de l'académie, 2 chiffres, par exemple 06." })
  code!: string;

  @Field(() => String, { description: "Nom de l'académie, par exemple Clermont-Ferrand." })
  nom!: string;

  // Exposed as Departement references by the resolver.
  departements!: string[];
}

export const AcademieConnection = Connection(Academie);

const byCode = new Map<string, Academie>(academies.map((a) => [a.code, a]));

/** The académies of France, by code (a fixed list, from the Rectorat's table of départements). */
export const ACADEMIES: Academie[] = [...academies].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

/** An académie by its code, or null. */
export const academieParCode = (code: string | null | undefined): Academie | null => (code ? (byCode.get(code) ?? null) : null);
