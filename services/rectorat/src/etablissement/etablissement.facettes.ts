import { Field, ObjectType } from "type-graphql";
import { FacetteValeur, facetteValeurs, type FacetCount } from "@prisme/common";
import { EducationPrioritaire, Secteur, TypeEtablissement, Voie } from "./etablissement.enum";

@ObjectType({ simpleResolvers: true,
  description:
    "Décompte des établissements par valeur de chaque filtre de etablissements(…) : chaque filtre est compté sur les autres critères de la requête, sans lui-même.",
})
export class FacettesEtablissements {
  @Field(() => [FacetteValeur], { description: "Par type d'établissement (valeur à passer à l'argument types)." })
  type!: FacetteValeur[];

  @Field(() => [FacetteValeur], { description: "Par secteur, public ou privé (valeur à passer à l'argument secteur)." })
  secteur!: FacetteValeur[];

  @Field(() => [FacetteValeur], { description: "Par voie de lycée (valeur à passer à l'argument voie) ; un lycée à plusieurs voies compte dans chacune." })
  voie!: FacetteValeur[];

  @Field(() => [FacetteValeur], { description: "Forme des apprentis ou non : valeur true ou false, à passer à l'argument apprentissage ; non renseigné compte pour false." })
  apprentissage!: FacetteValeur[];

  @Field(() => [FacetteValeur], { description: "A un internat ou non : valeur true ou false, à passer à l'argument internat ; non renseigné compte pour false." })
  internat!: FacetteValeur[];

  @Field(() => [FacetteValeur], { description: "École avec des classes maternelles ou non : valeur true ou false, à passer à l'argument ecoleMaternelle ; les autres établissements comptent pour false." })
  ecoleMaternelle!: FacetteValeur[];

  @Field(() => [FacetteValeur], { description: "École avec des classes élémentaires ou non : valeur true ou false, à passer à l'argument ecoleElementaire ; les autres établissements comptent pour false." })
  ecoleElementaire!: FacetteValeur[];

  @Field(() => [FacetteValeur], { description: "Par réseau d'éducation prioritaire (valeur à passer à l'argument educationPrioritaire) ; ceux qui n'en sont pas ne sont pas comptés." })
  educationPrioritaire!: FacetteValeur[];

  @Field(() => [FacetteValeur], { description: "A une ULIS ou non : valeur true ou false, à passer à l'argument ulis ; non renseigné compte pour false." })
  ulis!: FacetteValeur[];
}

const TYPES: Record<TypeEtablissement, string> = {
  ECOLE: "École",
  COLLEGE: "Collège",
  LYCEE: "Lycée",
  EREA: "EREA",
  CIO: "Centre d'information et d'orientation (CIO)",
  MEDICO_SOCIAL: "Établissement médico-social",
  SERVICE_ADMINISTRATIF: "Service administratif",
  ENSEIGNEMENT_SUPERIEUR: "Enseignement supérieur (STS, CPGE)",
  AUTRE: "Autre",
};
const SECTEURS: Record<Secteur, string> = { PUBLIC: "Public", PRIVE: "Privé" };
const VOIES: Record<Voie, string> = { GENERALE: "Voie générale", TECHNOLOGIQUE: "Voie technologique", PROFESSIONNELLE: "Voie professionnelle" };
const EDUCATION_PRIORITAIRE: Record<EducationPrioritaire, string> = { REP: "Réseau d'éducation prioritaire (REP)", REP_PLUS: "Réseau d'éducation prioritaire renforcé (REP+)" };
const oui = (si: string, sinon: string) => (valeur: string) => (valeur === "true" ? si : sinon);

/**
 * The facet counts of a list of établissements, each value with its French label; a facet not asked
 * for is empty. Each facet bears the name of its dimension in the read model's table.
 */
export function facettesEtablissements(counts: Record<string, FacetCount[]>): FacettesEtablissements {
  return {
    type: facetteValeurs(counts.type, (v) => TYPES[v as TypeEtablissement] ?? v),
    secteur: facetteValeurs(counts.secteur, (v) => SECTEURS[v as Secteur] ?? v),
    voie: facetteValeurs(counts.voie, (v) => VOIES[v as Voie] ?? v),
    apprentissage: facetteValeurs(counts.apprentissage, oui("Forme des apprentis", "Ne forme pas d'apprentis")),
    internat: facetteValeurs(counts.internat, oui("Avec internat", "Sans internat")),
    ecoleMaternelle: facetteValeurs(counts.ecoleMaternelle, oui("École avec classes maternelles", "Sans classes maternelles")),
    ecoleElementaire: facetteValeurs(counts.ecoleElementaire, oui("École avec classes élémentaires", "Sans classes élémentaires")),
    educationPrioritaire: facetteValeurs(counts.educationPrioritaire, (v) => EDUCATION_PRIORITAIRE[v as EducationPrioritaire] ?? v),
    ulis: facetteValeurs(counts.ulis, oui("Avec ULIS", "Sans ULIS")),
  };
}
