import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { badUserInput, connectionFromArray, ConnectionArgs } from "@prisme/common";
import type { RegionContext } from "../context";
import { pointOf } from "../common/point";
import { Commune, CommuneConnection } from "../commune/commune.type";
import { TypeStructure } from "./structure.enum";
import { StructuresArgs } from "./structure.args";
import { chercherStructures } from "./structure.index";
import { StructureContact } from "./structure-contact.type";
import { StructureHoraire } from "./structure-horaire.type";
import { Etablissement, StructureSpro, StructureSproConnection } from "./structure.type";

const DEFAULT_RAYON_KM = 30;
const MAX_RAYON_KM = 200;

@Resolver(() => StructureSpro)
export class StructureResolver {
  @Query(() => StructureSpro, { nullable: true, description: "A SPRO structure by its id; null if unknown." })
  structure(@Arg("id", () => ID) id: string, @Ctx() ctx: RegionContext) {
    return ctx.loaders.structure.load(id);
  }

  @Query(() => StructureSproConnection, {
    description: "SPRO structures, optionally within rayonKm of a point or of a commune's centre (nearest first, with distanceKm), of a type, receiving a public.",
  })
  async structures(@Args(() => StructuresArgs) args: StructuresArgs, @Ctx() ctx: RegionContext) {
    const point = await pointOf(args, ctx);
    if (args.rayonKm != null && (args.rayonKm <= 0 || args.rayonKm > MAX_RAYON_KM)) throw badUserInput(`rayonKm must be between 0 and ${MAX_RAYON_KM} km.`, "rayonKm");
    if (args.rayonKm != null && !point) throw badUserInput("rayonKm needs a point: latitude and longitude, or a commune.", "rayonKm");
    const found = await chercherStructures(ctx.models.StructureSpro, {
      type: args.type,
      public: args.public,
      pres: point ? { point, rayonKm: args.rayonKm ?? DEFAULT_RAYON_KM } : null,
    });
    return connectionFromArray(found, args);
  }

  @FieldResolver(() => Commune, { nullable: true, description: "The commune it sits in." })
  commune(@Root() structure: StructureSpro, @Ctx() ctx: RegionContext) {
    return structure.codeCommune ? ctx.loaders.commune.load(structure.codeCommune) : null;
  }

  @FieldResolver(() => CommuneConnection, { description: "The communes it serves (coverage zone), in INSEE code order." })
  async communesCouvertes(@Root() structure: StructureSpro, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: RegionContext) {
    const codes = [...structure.communesCouvertes].sort();
    const page = connectionFromArray(codes, args);
    const communes = await ctx.loaders.commune.loadMany(page.nodes);
    // Codes of communes not stored (outside the loaded territory) are left out of the page's nodes.
    const edges = page.edges
      .map((edge, i) => ({ cursor: edge.cursor, node: communes[i] }))
      .filter((edge) => edge.node != null && !(edge.node instanceof Error));
    return { ...page, edges, nodes: edges.map((e) => e.node) };
  }

  @FieldResolver(() => Etablissement, { nullable: true, description: "For a CIO, its établissement in the Annuaire de l'éducation (rectorat)." })
  etablissement(@Root() structure: StructureSpro) {
    return structure.uai ? { uai: structure.uai } : null;
  }

  // Structures stored before hours and contacts existed have neither field.
  @FieldResolver(() => [StructureHoraire], { description: "Opening slots, by day then time (several per day when it closes at noon); empty when unknown." })
  horaires(@Root() structure: StructureSpro): StructureHoraire[] {
    return structure.horaires ?? [];
  }

  @FieldResolver(() => StructureContact, { description: "Telephone, e-mail and web site; each null when unknown." })
  contacts(@Root() structure: StructureSpro): StructureContact {
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
    return connectionFromArray(await chercherStructures(ctx.models.StructureSpro, { couvre: commune.code, type }), args);
  }
}

export const resolveStructureReference = (ref: { id: string }, ctx: RegionContext) => ctx.loaders.structure.load(ref.id);
