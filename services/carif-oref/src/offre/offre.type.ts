import { Directive, Field, Float, ID, ObjectType } from "type-graphql";
import { Connection, Provenance } from "@prisme/common";
import { ActionFormation } from "./action.type";
import { ExtraLheo } from "./adresse.type";
import { Session } from "./session.type";

@ObjectType("CodesCertification", { description: "The certification codes an LHEO formation names (RNCP, Certif Info, RS)." })
export class CodesCertification {
  @Field(() => String, { nullable: true })
  codeRncp!: string | null;

  @Field(() => String, { nullable: true })
  codeCertifInfo!: string | null;

  @Field(() => String, { nullable: true })
  codeRs!: string | null;
}

@ObjectType("NiveauLheo", { description: "An LHEO dict-niveaux code and its label." })
export class NiveauLheo {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  libelle!: string;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: "A continuing-education offer (LHEO formation) published by a Carif-Oref: formation → actions → sessions." })
export class OffreFormation {
  @Field(() => ID, { description: "LHEO formation numero, e.g. AUV-OF-000101." })
  id!: string;

  @Field(() => String)
  intitule!: string;

  @Field(() => String, { nullable: true, description: "LHEO objectif-formation (may hold HTML, as published)." })
  objectif?: string | null;

  @Field(() => String, { nullable: true })
  resultatsAttendus?: string | null;

  @Field(() => String, { nullable: true })
  contenu?: string | null;

  @Field(() => Boolean, { nullable: true, description: "True when the offer leads to a certification." })
  certifiante?: boolean | null;

  @Field(() => [String], { description: "ROME 4.0 codes of the métiers it prepares for." })
  codesRome!: string[];

  @Field(() => [String], { description: "Formacode codes (the first is the main one)." })
  formacodes?: string[];

  @Field(() => [String], { description: "NSF codes." })
  codesNsf?: string[];

  @Field(() => [CodesCertification])
  codesCertifications?: CodesCertification[];

  @Field(() => String, { nullable: true, description: "LHEO dict-type-parcours code (1 group, 2 individual, 3 modular, 4 mixed)." })
  parcours?: string | null;

  @Field(() => [String])
  urls?: string[];

  @Field(() => [ActionFormation])
  actions!: ActionFormation[];

  @Field(() => [Session], { description: "Every session of every action, in start order (unknown starts last)." })
  sessions!: Session[];

  @Field(() => [ExtraLheo])
  extras?: ExtraLheo[];

  @Field(() => Boolean, { description: "True once the offer vanished from its full feed: kept for history, left out of searches." })
  retiree?: boolean;

  @Field(() => String, { nullable: true, description: "LHEO version of the feed it came from (2.2, 2.3); null for demonstration data." })
  versionLheo?: string | null;

  @Field(() => Float, { nullable: true, description: "Distance in km from the point of an offres(autourDe:) search; null elsewhere." })
  distanceKm?: number | null;

  @Field(() => Provenance)
  provenance!: Provenance;
}

export const OffreFormationConnection = Connection(OffreFormation);
