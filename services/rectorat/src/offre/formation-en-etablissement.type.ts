import { Field, Int, ObjectType } from "type-graphql";
import { Connection, Provenance } from "@prisme/common";
import { SourceOffre, StatutFormation } from "./offre.enum";

// Named FormationOfferte until issue 13: too close to carif-oref's OffreFormation (a continuing-education offer).
@ObjectType({ simpleResolvers: true,
  description:
    "Une formation initiale enseignée dans un établissement, telle que la liste une plateforme d'admission (Affelnet après la 3e, Parcoursup après le baccalauréat) avec ses places et ses vœux, ou telle que le constat de rentrée en compte les élèves, pour la rentrée donnée.",
})
export class FormationEnEtablissement {
  @Field(() => SourceOffre, { description: "La plateforme d'admission qui la liste." })
  source!: SourceOffre;

  @Field(() => StatutFormation, { description: "Statut sous lequel elle est suivie : scolaire ou en apprentissage." })
  statut!: StatutFormation;

  @Field(() => String, { nullable: true, description: "Code MEFSTAT11 de la formation dans la BCN (11 caractères, par exemple 23820025510 ; le « MEF BCP 11 » du constat de rentrée) ; null pour les données de démonstration." })
  mefStat11!: string | null;

  @Field(() => Int, { nullable: true, description: "Année de la rentrée à laquelle se rapportent les chiffres (par exemple 2022) ; null si la source ne la donne pas." })
  session!: number | null;

  @Field(() => Int, { nullable: true, description: "Capacité d'accueil : nombre de places offertes à cette rentrée ; null si la source ne la donne pas." })
  capacite!: number | null;

  @Field(() => Int, { nullable: true, description: "Affelnet : nombre d'élèves qui l'ont demandée en premier vœu ; null pour Parcoursup." })
  demandesPremierVoeu!: number | null;

  @Field(() => Int, { nullable: true, description: "Parcoursup : nombre de vœux confirmés (les vœux Parcoursup ne sont pas classés) ; null pour Affelnet." })
  voeuxConfirmes!: number | null;

  @Field(() => Int, { nullable: true, description: "Constat de rentrée : nombre d'élèves inscrits dans cette formation à cette rentrée ; null pour Affelnet et Parcoursup." })
  effectif?: number | null;

  @Field(() => Provenance, { description: "D'où vient la donnée : producteur, jeu de données, dernière mise à jour." })
  provenance!: Provenance;

  // Stored, read by the field resolvers (libelle, cfd, formations).
  libelle!: string | null;
  formationIds!: string[];
}

export const FormationEnEtablissementConnection = Connection(FormationEnEtablissement);
