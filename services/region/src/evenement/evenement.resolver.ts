import { randomUUID } from "node:crypto";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { badUserInput } from "@prisme/common";
import type { RegionContext } from "../context";
import { Commune } from "../commune/commune.type";
import { StructureSpro, Etablissement } from "../structure/structure.type";
import { exigerAdmin } from "./admin";
import { EvenementInput, EvenementsArgs } from "./evenement.args";
import { listerEvenements } from "./evenement.liste";
import type { EvenementDoc, EvenementRecord } from "./evenement.model";
import { Evenement, EvenementConnection } from "./evenement.type";
import { valider } from "./evenement.validation";
import { enregistrerEvenement, evenementStocke } from "./evenement.writer";

/** Writes the event, lets this process's read model apply it, and answers with what requests will now see. */
async function enregistrer(ctx: RegionContext, record: EvenementRecord) {
  await enregistrerEvenement(ctx.store, record);
  await ctx.refresh();
  return (await ctx.read()).evenements.get(record.id) ?? null;
}

async function stocke(ctx: RegionContext, id: string): Promise<EvenementRecord> {
  const current = await evenementStocke(ctx.store, id);
  if (!current) throw badUserInput(`Evenement ${id} is unknown.`, "id");
  return current;
}

@Resolver(() => Evenement)
export class EvenementResolver {
  @Query(() => Evenement, { nullable: true, description: "An event by id, cancelled or past ones included; null if unknown." })
  async evenement(@Arg("id", () => ID) id: string, @Ctx() ctx: RegionContext) {
    return (await ctx.read()).evenements.get(id) ?? null;
  }

  @Query(() => EvenementConnection, { description: "Coming events (not over yet, cancelled ones shown with annule), soonest first; between dates, near a point, of a type, about a métier or formation." })
  evenements(@Args(() => EvenementsArgs) args: EvenementsArgs, @Ctx() ctx: RegionContext) {
    return listerEvenements(ctx, args);
  }

  @Mutation(() => Evenement, { description: "Administrators: creates an event." })
  async creerEvenement(@Arg("evenement", () => EvenementInput) input: EvenementInput, @Ctx() ctx: RegionContext) {
    exigerAdmin(ctx);
    const saisi = valider(input, await ctx.read());
    const id = `evt-${randomUUID()}`;
    return enregistrer(ctx, { ...saisi, _id: id, id, annule: false, motifAnnulation: null });
  }

  @Mutation(() => Evenement, { description: "Administrators: replaces an event's fields (all of them, as at creation)." })
  async modifierEvenement(@Arg("id", () => ID) id: string, @Arg("evenement", () => EvenementInput) input: EvenementInput, @Ctx() ctx: RegionContext) {
    exigerAdmin(ctx);
    const current = await stocke(ctx, id);
    const saisi = valider(input, await ctx.read());
    return enregistrer(ctx, { ...current, ...saisi });
  }

  @Mutation(() => Evenement, { description: "Administrators: cancels an event; it stays listed, marked annule." })
  async annulerEvenement(@Arg("id", () => ID) id: string, @Arg("motif", () => String, { nullable: true }) motif: string | null | undefined, @Ctx() ctx: RegionContext) {
    exigerAdmin(ctx);
    const current = await stocke(ctx, id);
    return enregistrer(ctx, { ...current, annule: true, motifAnnulation: motif ?? null });
  }

  @FieldResolver(() => Commune, { nullable: true, description: "The commune where it takes place; null online." })
  async lieu(@Root() evenement: EvenementDoc, @Ctx() ctx: RegionContext) {
    return evenement.codeCommune ? ((await ctx.read()).communes.get(evenement.codeCommune) ?? null) : null;
  }

  @FieldResolver(() => StructureSpro, { nullable: true, description: "Organiser, when a SPRO structure." })
  async organisateurStructure(@Root() evenement: EvenementDoc, @Ctx() ctx: RegionContext) {
    return evenement.organisateurStructure ? ((await ctx.read()).structures.get(evenement.organisateurStructure) ?? null) : null;
  }

  @FieldResolver(() => Etablissement, { nullable: true, description: "Organiser, when an établissement (rectorat)." })
  organisateurEtablissement(@Root() evenement: EvenementDoc) {
    return evenement.organisateurUai ? { uai: evenement.organisateurUai } : null;
  }

  @FieldResolver(() => [Etablissement], { description: "Établissements concerned (open days…)." })
  etablissements(@Root() evenement: EvenementDoc) {
    return evenement.uais.map((uai) => ({ uai }));
  }
}

export const resolveEvenementReference = async (ref: { id: string }, ctx: RegionContext) => (await ctx.read()).evenements.get(ref.id) ?? null;
