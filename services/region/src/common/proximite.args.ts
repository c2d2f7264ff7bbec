import { ArgsType, Field, Float } from "type-graphql";
import { ConnectionArgs, ProximiteInput, RAYON_MAX_KM } from "@prisme/common";

const REMPLACE = "Use proximite: { latitude, longitude, rayonKm } or proximite: { codeCommune, rayonKm }.";

/**
 * The "near" arguments of the lists of this subgraph: `proximite` (the one input of the graph) and the
 * flat arguments it replaces, kept deprecated for at least one release and still answered.
 */
@ArgsType()
export class ProximiteArgs extends ConnectionArgs {
  @Field(() => ProximiteInput, {
    nullable: true,
    description: "Seulement ceux situés dans le rayon (en km) d'un point ou du centre d'une commune, les plus proches d'abord, chacun avec sa distance (distanceKm).",
  })
  proximite?: ProximiteInput | null;

  @Field(() => Float, { nullable: true, deprecationReason: REMPLACE, description: "Ancien nom : latitude du point (degrés décimaux WGS 84), avec longitude. Remplacé par proximite.latitude." })
  latitude?: number | null;

  @Field(() => Float, { nullable: true, deprecationReason: REMPLACE, description: "Ancien nom : longitude du point (degrés décimaux WGS 84), avec latitude. Remplacé par proximite.longitude." })
  longitude?: number | null;

  @Field(() => String, { nullable: true, deprecationReason: REMPLACE, description: "Ancien nom : code INSEE d'une commune dont le centre sert de point. Remplacé par proximite.codeCommune." })
  commune?: string | null;

  @Field(() => Float, {
    nullable: true,
    deprecationReason: REMPLACE,
    description: `Ancien nom : rayon autour du point ou de la commune, en km (30 par défaut, ${RAYON_MAX_KM} au plus). Remplacé par proximite.rayonKm.`,
  })
  rayonKm?: number | null;
}
