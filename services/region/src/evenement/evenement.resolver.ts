import { randomUUID } from "node:crypto";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { badUserInput, connectionFromArray } from "@prisme/common";
import type { RegionContext } from "../context";
import { checkCodeCommune } from "../common/identifiers";
import { pointOf } from "../common/point";
import { Commune } from "../commune/commune.type";
import { StructureSpro, Etablissement } from "../structure/structure.type";
import { exigerAdmin } from "./admin";
import { EvenementInput, EvenementsArgs } from "./evenement.args";
import { chercherEvenements, invalidateEvenementIndex } from "./evenement.index";
import type { EvenementDoc } from "./evenement.model";
import { Evenement, EvenementConnection } from "./evenement.type";

const DEFAULT_RAYON_KM = 30;
const MAX_RAYON_KM = 200;
const PROVENANCE = { producteur: "Région", jeuDeDonnees: "Événements saisis par les administrateurs" };

/** Checks an event as a whole and gives the record to store; throws a BAD_USER_INPUT error before any write. */
async function valider(input: EvenementInput, ctx: RegionContext): Promise<Omit<EvenementDoc, "id" | "annule" | "motifAnnulation" | "provenance">> {
  const titre = input.titre.trim();
  if (!titre) throw badUserInput("titre must not be empty.", "titre");
  if (!(input.debut instanceof Date) || Number.isNaN(input.debut.getTime())) throw badUserInput("debut is not a valid date-time.", "debut");
  if (!(input.fin instanceof Date) || Number.isNaN(input.fin.getTime())) throw badUserInput("fin is not a valid date-time.", "fin");
  if (input.fin < input.debut) throw badUserInput(`fin (${input.fin.toISOString()}) is before debut (${input.debut.toISOString()}).`, "fin");
  if (input.commune == null && !input.url) throw badUserInput("An event needs a place (commune) or an online url.", "commune");
  if (input.url != null && !/^https?:\/\/\S+$/.test(input.url)) throw badUserInput(`url "${input.url}" is not an http(s) address.`, "url");
  let codeCommune: string | null = null;
  let coordonnees = null;
  if (input.commune != null) {
    const commune = await ctx.loaders.commune.load(checkCodeCommune(input.commune, "commune"));
    if (!commune) throw badUserInput(`Commune ${input.commune} is unknown.`, "commune");
    codeCommune = commune.code;
    coordonnees = commune.centre ?? null;
  }
  if (input.latitude != null || input.longitude != null) {
    coordonnees = await pointOf({ latitude: input.latitude, longitude: input.longitude }, ctx);
  }
  if (input.organisateurStructure != null && !(await ctx.loaders.structure.load(input.organisateurStructure))) {
    throw badUserInput(`Structure ${input.organisateurStructure} is unknown.`, "organisateurStructure");
  }
  return {
    type: input.type,
    titre,
    description: input.description ?? null,
    debut: input.debut,
    fin: input.fin,
    codeCommune,
    coordonnees,
    url: input.url ?? null,
    organisateurStructure: input.organisateurStructure ?? null,
    organisateurUai: input.organisateurUai ?? null,
    publics: input.publics ?? [],
    inscription: input.inscription ?? null,
    metierIds: input.metierIds ?? [],
    formationIds: input.formationIds ?? [],
    uais: [...new Set([...(input.uais ?? []), ...(input.organisateurUai ? [input.organisateurUai] : [])])],
  };
}

export async function listerEvenements(ctx: RegionContext, args: EvenementsArgs, extra: { metier?: string; formation?: string; uai?: string } = {}) {
  const point = await pointOf(args, ctx);
  if (args.rayonKm != null && (args.rayonKm <= 0 || args.rayonKm > MAX_RAYON_KM)) throw badUserInput(`rayonKm must be between 0 and ${MAX_RAYON_KM} km.`, "rayonKm");
  if (args.du && args.au && args.au < args.du) throw badUserInput("au is before du.", "au");
  const found = await chercherEvenements(ctx.models.Evenement, {
    du: args.du ?? new Date(),
    au: args.au,
    type: args.type,
    metier: extra.metier ?? args.metier,
    formation: extra.formation ?? args.formation,
    uai: extra.uai,
    pres: point ? { point, rayonKm: args.rayonKm ?? DEFAULT_RAYON_KM } : null,
  });
  return connectionFromArray(found, args);
}

@Resolver(() => Evenement)
export class EvenementResolver {
  @Query(() => Evenement, { nullable: true, description: "An event by id, cancelled or past ones included; null if unknown." })
  evenement(@Arg("id", () => ID) id: string, @Ctx() ctx: RegionContext) {
    return ctx.loaders.evenement.load(id);
  }

  @Query(() => EvenementConnection, { description: "Coming events (not over yet, cancelled ones shown with annule), soonest first; between dates, near a point, of a type, about a métier or formation." })
  evenements(@Args(() => EvenementsArgs) args: EvenementsArgs, @Ctx() ctx: RegionContext) {
    return listerEvenements(ctx, args);
  }

  @Mutation(() => Evenement, { description: "Administrators: creates an event." })
  async creerEvenement(@Arg("evenement", () => EvenementInput) input: EvenementInput, @Ctx() ctx: RegionContext) {
    exigerAdmin(ctx);
    const record = await valider(input, ctx);
    const doc = { ...record, id: `evt-${randomUUID()}`, annule: false, motifAnnulation: null, provenance: { ...PROVENANCE, miseAJour: new Date() } };
    await ctx.models.Evenement.create(doc);
    invalidateEvenementIndex(ctx.models.Evenement);
    return doc;
  }

  @Mutation(() => Evenement, { description: "Administrators: replaces an event's fields (all of them, as at creation)." })
  async modifierEvenement(@Arg("id", () => ID) id: string, @Arg("evenement", () => EvenementInput) input: EvenementInput, @Ctx() ctx: RegionContext) {
    exigerAdmin(ctx);
    const current = await ctx.models.Evenement.findOne({ id }).lean();
    if (!current) throw badUserInput(`Evenement ${id} is unknown.`, "id");
    const record = await valider(input, ctx);
    const provenance = { ...PROVENANCE, miseAJour: new Date() };
    await ctx.models.Evenement.updateOne({ _id: current._id }, { $set: { ...record, provenance } });
    invalidateEvenementIndex(ctx.models.Evenement);
    return { ...current, ...record, provenance };
  }

  @Mutation(() => Evenement, { description: "Administrators: cancels an event; it stays listed, marked annule." })
  async annulerEvenement(@Arg("id", () => ID) id: string, @Arg("motif", () => String, { nullable: true }) motif: string | null | undefined, @Ctx() ctx: RegionContext) {
    exigerAdmin(ctx);
    const current = await ctx.models.Evenement.findOne({ id }).lean();
    if (!current) throw badUserInput(`Evenement ${id} is unknown.`, "id");
    const change = { annule: true, motifAnnulation: motif ?? null, provenance: { ...PROVENANCE, miseAJour: new Date() } };
    await ctx.models.Evenement.updateOne({ _id: current._id }, { $set: change });
    invalidateEvenementIndex(ctx.models.Evenement);
    return { ...current, ...change };
  }

  @FieldResolver(() => Commune, { nullable: true, description: "The commune where it takes place; null online." })
  lieu(@Root() evenement: Evenement, @Ctx() ctx: RegionContext) {
    return evenement.codeCommune ? ctx.loaders.commune.load(evenement.codeCommune) : null;
  }

  @FieldResolver(() => StructureSpro, { nullable: true, description: "Organiser, when a SPRO structure." })
  organisateurStructure(@Root() evenement: Evenement, @Ctx() ctx: RegionContext) {
    return evenement.organisateurStructure ? ctx.loaders.structure.load(evenement.organisateurStructure) : null;
  }

  @FieldResolver(() => Etablissement, { nullable: true, description: "Organiser, when an établissement (rectorat)." })
  organisateurEtablissement(@Root() evenement: Evenement) {
    return evenement.organisateurUai ? { uai: evenement.organisateurUai } : null;
  }

  @FieldResolver(() => [Etablissement], { description: "Établissements concerned (open days…)." })
  etablissements(@Root() evenement: Evenement) {
    return evenement.uais.map((uai) => ({ uai }));
  }
}
