import { ArgsType, Field, Float, InputType } from "type-graphql";
import { ConnectionArgs, DateLocale } from "@prisme/common";
import { ModaliteEnseignement } from "./modalite-enseignement.enum";

@InputType("PointRayon", { description: "A point and a radius: offers taught within rayonKm of it." })
export class PointRayon {
  @Field(() => Float, { description: "Latitude, WGS 84 (−90 to 90)." })
  latitude!: number;

  @Field(() => Float, { description: "Longitude, WGS 84 (−180 to 180)." })
  longitude!: number;

  @Field(() => Float, { description: "Radius in km (more than 0, at most 200)." })
  rayonKm!: number;
}

@ArgsType()
export class OffresArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: "Full text (intitulé, objectives, organisme, town): accents and case ignored, one typo tolerated, prefixes match; results ranked." })
  texte?: string | null;

  @Field(() => String, { nullable: true, description: "Only the offers preparing for this ROME code (e.g. M1805)." })
  codeRome?: string | null;

  @Field(() => String, { nullable: true, description: "Only the offers with this Formacode (5 digits, e.g. 31054)." })
  formacode?: string | null;

  @Field(() => String, { nullable: true, description: "Only the offers leading to this RNCP certification (e.g. 37674 or RNCP37674)." })
  codeRncp?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Only certifying (true) or non-certifying (false) offers." })
  certifiante?: boolean | null;

  @Field(() => ModaliteEnseignement, { nullable: true, description: "Only the offers with an action taught this way (A_DISTANCE for distance learning)." })
  modalite?: ModaliteEnseignement | null;

  @Field(() => DateLocale, { nullable: true, description: "Only the offers with a session starting on that day or later." })
  debutApres?: string | null;

  @Field(() => Boolean, { nullable: true, description: "true: only the offers with a session that recruits (OUVERT)." })
  recrutementOuvert?: boolean | null;

  @Field(() => PointRayon, { nullable: true, description: "Only the offers taught within the radius, nearest first (each node's distanceKm says how far)." })
  autourDe?: PointRayon | null;
}
