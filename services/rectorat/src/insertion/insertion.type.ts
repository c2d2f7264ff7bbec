import { Field, Int, ObjectType } from "type-graphql";
import { Connection, Provenance } from "@prisme/common";
import { PopulationInsertion } from "./insertion.enum";

@ObjectType({ description: "InserJeunes (DEPP): what the leavers of an établissement became, in %." })
export class Insertion {
  @Field(() => String, { description: "Cohort years, e.g. 2022-2023." })
  millesime!: string;

  @Field(() => PopulationInsertion)
  population!: PopulationInsertion;

  @Field(() => Int, { nullable: true, description: "Taux de poursuite d'études." })
  tauxPoursuiteEtudes!: number | null;

  @Field(() => Int, { nullable: true, description: "Taux d'emploi 6 mois après la sortie." })
  tauxEmploi6Mois!: number | null;

  @Field(() => Int, { nullable: true, description: "Taux d'emploi attendu given the pupils and the local job market." })
  tauxEmploi6MoisAttendu!: number | null;

  @Field(() => Int, { nullable: true, description: "Valeur ajoutée: actual minus expected rate, in points." })
  valeurAjoutee!: number | null;

  @Field(() => Int, { nullable: true })
  partPoursuiteEtudes!: number | null;

  @Field(() => Int, { nullable: true })
  partEmploi6Mois!: number | null;

  @Field(() => Int, { nullable: true })
  partAutresSituations!: number | null;

  @Field(() => Provenance)
  provenance!: Provenance;
}

export const InsertionConnection = Connection(Insertion);
