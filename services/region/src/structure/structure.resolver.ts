import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { badUserInput, connectionFromArray, connectionFromTable, ConnectionArgs, pageRequest, type TableHit } from "@prisme/common";
import type { RegionContext } from "../context";
import { circleOf } from "../common/point";
import { Commune, CommuneConnection } from "../commune/commune.type";
import type { CommuneEntry } from "../read-model/commune.table";
import type { StructureEntry } from "../read-model/structure.table";
import { TypeStructure } from "./structure.enum";
import { StructuresArgs } from "./structure.args";
import { StructureContact } from "./structure-contact.type";
import { StructureHoraire } from "./structure-horaire.type";
import { Etablissement, StructureSpro, StructureSproConnection } from "./structure.type";

/** A structure of a list, with its distance from the point of the query (null without one). */
const withDistance = (hit: TableHit<StructureEntry>) => ({ ...hit.entry, distanceKm: hit.distanceKm });

@Resolver(() => StructureSpro)
export class StructureResolver {
  @Query(() => StructureSpro, { nullable: true, description: "A SPRO structure by its id; null if unknown." })
  async structure(@Arg("id", () => ID) id: string, @Ctx() ctx: RegionContext) {
    return (await ctx.read()).structures.get(id) ?? null;
  }

  @Query(() => StructureSproConnection, {
    description: "SPRO structures, optionally within rayonKm of a point or of a commune's centre (nearest first, with distanceKm), of a type, receiving a public.",
  })
  async structures(@Args(() => StructuresArgs) args: StructuresArgs, @Ctx() ctx: RegionContext) {
    const page = pageRequest(args);
    const state = await ctx.read();
    const near = circleOf(args, state);
    if (args.rayonKm != null && !near) throw badUserInput("rayonKm needs a point: latitude and longitude, or a commune.", "rayonKm");
    const where = { type: args.type ? [args.type] : null, public: args.public ? [args.public] : null };
    return connectionFromTable(state.structures.query({ where, near }, page), withDistance);
  }

  @FieldResolver(() => Commune, { nullable: true, description: "The commune it sits in." })
  async commune(@Root() structure: StructureEntry, @Ctx() ctx: RegionContext) {
    return structure.codeCommune ? ((await ctx.read()).communes.get(structure.codeCommune) ?? null) : null;
  }

  @FieldResolver(() => CommuneConnection, { description: "The communes it serves (coverage zone), in INSEE code order." })
  async communesCouvertes(@Root() structure: StructureEntry, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: RegionContext) {
    const { communes } = await ctx.read();
    // Codes of communes not stored (outside the loaded territory) are left out of the list.
    const couvertes = [...structure.communesCouvertes]
      .sort()
      .map((code) => communes.get(code))
      .filter((commune): commune is CommuneEntry => commune !== undefined);
    return connectionFromArray(couvertes, args, (c) => [c.code], "code");
  }

  @FieldResolver(() => Etablissement, { nullable: true, description: "For a CIO, its établissement in the Annuaire de l'éducation (rectorat)." })
  etablissement(@Root() structure: StructureEntry) {
    return structure.uai ? { uai: structure.uai } : null;
  }

  // Structures stored before hours and contacts existed have neither field.
  @FieldResolver(() => [StructureHoraire], { description: "Opening slots, by day then time (several per day when it closes at noon); empty when unknown." })
  horaires(@Root() structure: StructureEntry): StructureHoraire[] {
    return structure.horaires ?? [];
  }

  @FieldResolver(() => StructureContact, { description: "Telephone, e-mail and web site; each null when unknown." })
  contacts(@Root() structure: StructureEntry): StructureContact {
    const contacts = structure.contacts as StructureContact | undefined;
    return { telephone: contacts?.telephone ?? null, courriel: contacts?.courriel ?? null, siteWeb: contacts?.siteWeb ?? null };
  }
}

@Resolver(() => Commune)
export class CommuneStructuresResolver {
  @FieldResolver(() => StructureSproConnection, { nullable: true, description: "The structures whose coverage zone includes the commune (e.g. its Mission locale), by name." })
  async structures(
    @Root() commune: Commune,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("type", () => TypeStructure, { nullable: true }) type: TypeStructure | null | undefined,
    @Ctx() ctx: RegionContext,
  ) {
    const page = pageRequest(args);
    const { structures } = await ctx.read();
    return connectionFromTable(structures.query({ where: { couvre: [commune.code], type: type ? [type] : null } }, page), withDistance);
  }
}

export const resolveStructureReference = async (ref: { id: string }, ctx: RegionContext) => (await ctx.read()).structures.get(ref.id) ?? null;
