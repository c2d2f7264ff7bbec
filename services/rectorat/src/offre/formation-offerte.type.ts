import { Field, Int, ObjectType } from "type-graphql";
import { Connection, Provenance } from "@prisme/common";
import { SourceOffre, StatutFormation } from "./offre.enum";

@ObjectType({ description: "A formation an établissement offers (Affelnet, Parcoursup), with places and wishes." })
export class FormationOfferte {
  @Field(() => SourceOffre)
  source!: SourceOffre;

  @Field(() => StatutFormation)
  statut!: StatutFormation;

  @Field(() => String, { nullable: true, description: "MEFSTAT11 code of the BCN." })
  mefStat11!: string | null;

  @Field(() => Int, { nullable: true, description: "Rentrée the figures are for." })
  session!: number | null;

  @Field(() => Int, { nullable: true, description: "Places (capacité)." })
  capacite!: number | null;

  @Field(() => Int, { nullable: true, description: "Affelnet: pupils who put it as their first wish." })
  demandesPremierVoeu!: number | null;

  @Field(() => Int, { nullable: true, description: "Parcoursup: confirmed wishes (Parcoursup wishes are not ranked)." })
  voeuxConfirmes!: number | null;

  @Field(() => Provenance)
  provenance!: Provenance;

  // Stored, read by the field resolvers (libelle, cfd, formations).
  libelle!: string | null;
  formationIds!: string[];
}

export const FormationOfferteConnection = Connection(FormationOfferte);
