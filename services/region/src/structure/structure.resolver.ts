import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import { connectionFromArray, ConnectionArgs, facettesDemandees } from "@prisme/common";
import type { RegionContext } from "../context";
import { Commune, CommuneConnection } from "../commune/commune.type";
import type { CommuneEntry } from "../read-model/commune.table";
import type { StructureEntry } from "../read-model/structure.table";
import { TypeStructure } from "./structure.enum";
import { StructuresArgs } from "./structure.args";
import { listerStructures, structuresCouvrant } from "./structure.liste";
import { StructureContact } from "./structure-contact.type";
import { StructureHoraire } from "./structure-horaire.type";
import { Etablissement, StructureSpro, StructureSproConnection } from "./structure.type";

@Resolver(() => StructureSpro)
export class StructureResolver {
  @Query(() => StructureSpro, { nullable: true, description: "Une structure du SPRO par son identifiant ; null si elle est inconnue." })
  async structure(@Arg("id", () => ID, { description: "Identifiant Prisme de la structure, par exemple milo-63113S00 ou ft-457." }) id: string, @Ctx() ctx: RegionContext) {
    return (await ctx.read()).structures.get(id) ?? null;
  }

  @Query(() => StructureSproConnection, {
    description:
      "Les structures du SPRO : d'un réseau, qui accueillent un public, dans un rayon autour d'un point ou d'une commune (les plus proches d'abord, avec distanceKm) ; sans proximité, toutes, par nom. Avec le décompte de chaque filtre (facettes).",
  })
  structures(@Args(() => StructuresArgs) args: StructuresArgs, @Ctx() ctx: RegionContext, @Info() info: GraphQLResolveInfo) {
    return listerStructures(ctx, args, facettesDemandees(info));
  }

  @FieldResolver(() => Commune, { nullable: true, description: "La commune où elle se trouve." })
  async commune(@Root() structure: StructureEntry, @Ctx() ctx: RegionContext) {
    return structure.codeCommune ? ((await ctx.read()).communes.get(structure.codeCommune) ?? null) : null;
  }

  @FieldResolver(() => CommuneConnection, { description: "Les communes qu'elle dessert (sa zone de couverture), dans l'ordre des codes INSEE ; celles qu'aucune commune actuelle ne porte (code erroné, commune fusionnée) sont omises." })
  async communesCouvertes(@Root() structure: StructureEntry, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: RegionContext) {
    const { communes } = await ctx.read();
    // Codes no stored commune has (mistyped, merged away) are left out of the list.
    const couvertes = [...structure.communesCouvertes]
      .sort()
      .map((code) => communes.get(code))
      .filter((commune): commune is CommuneEntry => commune !== undefined);
    return connectionFromArray(couvertes, args, (c) => [c.code], "code");
  }

  @FieldResolver(() => Etablissement, { nullable: true, description: "Pour un CIO, son établissement dans l'Annuaire de l'éducation (sous-graphe rectorat), par son UAI ; null sinon." })
  etablissement(@Root() structure: StructureEntry) {
    return structure.uai ? { uai: structure.uai } : null;
  }

  // Structures stored before hours and contacts existed have neither field.
  @FieldResolver(() => [StructureHoraire], { description: "Plages d'ouverture, par jour puis par heure (plusieurs par jour quand elle ferme à midi) ; vide quand elles sont inconnues." })
  horaires(@Root() structure: StructureEntry): StructureHoraire[] {
    return structure.horaires ?? [];
  }

  @FieldResolver(() => StructureContact, { description: "Téléphone, courriel et site web ; chacun null quand il est inconnu." })
  contacts(@Root() structure: StructureEntry): StructureContact {
    const contacts = structure.contacts as StructureContact | undefined;
    return { telephone: contacts?.telephone ?? null, courriel: contacts?.courriel ?? null, siteWeb: contacts?.siteWeb ?? null };
  }
}

@Resolver(() => Commune)
export class CommuneStructuresResolver {
  @FieldResolver(() => StructureSproConnection, {
    nullable: true,
    description: "Les structures dont la zone de couverture comprend la commune (par exemple sa Mission locale), par nom, avec le décompte par réseau et par public (facettes).",
  })
  structures(
    @Root() commune: Commune,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("type", () => TypeStructure, { nullable: true, description: "Seulement les structures de ce réseau." }) type: TypeStructure | null | undefined,
    @Ctx() ctx: RegionContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return structuresCouvrant(ctx, commune.code, type, args, facettesDemandees(info));
  }
}

export const resolveStructureReference = async (ref: { id: string }, ctx: RegionContext) => (await ctx.read()).structures.get(ref.id) ?? null;
