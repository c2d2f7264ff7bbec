import { randomUUID } from "node:crypto";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from "type-graphql";
import { badUserInput, facettesDemandees } from "@prisme/common";
import type { RegionContext } from "../context";
import { Commune } from "../commune/commune.type";
import { StructureSpro, Etablissement } from "../structure/structure.type";
import { exigerAdmin } from "./admin";
import { EvenementsArgs } from "./evenement.args";
import { EvenementInput } from "./evenement.input";
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

const ID_EVENEMENT = "Identifiant de l'événement (Evenement.id).";

@Resolver(() => Evenement)
export class EvenementResolver {
  @Query(() => Evenement, { nullable: true, description: "Un événement par son identifiant, même annulé ou passé ; null s'il est inconnu." })
  async evenement(@Arg("id", () => ID, { description: ID_EVENEMENT }) id: string, @Ctx() ctx: RegionContext) {
    return (await ctx.read()).evenements.get(id) ?? null;
  }

  @Query(() => EvenementConnection, {
    description:
      "Les événements à venir (pas encore finis ; les annulés restent listés, marqués annule), les plus proches dans le temps d'abord : entre deux dates, près d'un lieu (les événements en ligne, sans lieu, sont alors écartés), d'un genre, sur un métier ou une formation ; avec le décompte par genre (facettes).",
  })
  evenements(@Args(() => EvenementsArgs) args: EvenementsArgs, @Ctx() ctx: RegionContext, @Info() info: GraphQLResolveInfo) {
    return listerEvenements(ctx, args, {}, facettesDemandees(info));
  }

  @Mutation(() => Evenement, { description: "Administrateurs : crée un événement, vérifié en entier avant tout enregistrement." })
  async creerEvenement(@Arg("evenement", () => EvenementInput, { description: "L'événement à créer." }) input: EvenementInput, @Ctx() ctx: RegionContext) {
    exigerAdmin(ctx);
    const saisi = valider(input, await ctx.read());
    const id = `evt-${randomUUID()}`;
    return enregistrer(ctx, { ...saisi, _id: id, id, annule: false, motifAnnulation: null });
  }

  @Mutation(() => Evenement, { description: "Administrateurs : remplace tous les champs d'un événement, comme à sa création." })
  async modifierEvenement(
    @Arg("id", () => ID, { description: ID_EVENEMENT }) id: string,
    @Arg("evenement", () => EvenementInput, { description: "Ses nouveaux champs, tous." }) input: EvenementInput,
    @Ctx() ctx: RegionContext,
  ) {
    exigerAdmin(ctx);
    const current = await stocke(ctx, id);
    const saisi = valider(input, await ctx.read());
    return enregistrer(ctx, { ...current, ...saisi });
  }

  @Mutation(() => Evenement, { description: "Administrateurs : annule un événement ; il reste listé, marqué annule." })
  async annulerEvenement(
    @Arg("id", () => ID, { description: ID_EVENEMENT }) id: string,
    @Arg("motif", () => String, { nullable: true, description: "Motif de l'annulation, montré au public (par exemple « salle indisponible »)." }) motif: string | null | undefined,
    @Ctx() ctx: RegionContext,
  ) {
    exigerAdmin(ctx);
    const current = await stocke(ctx, id);
    return enregistrer(ctx, { ...current, annule: true, motifAnnulation: motif ?? null });
  }

  @FieldResolver(() => Commune, { nullable: true, description: "La commune où il a lieu ; null en ligne." })
  async lieu(@Root() evenement: EvenementDoc, @Ctx() ctx: RegionContext) {
    return evenement.codeCommune ? ((await ctx.read()).communes.get(evenement.codeCommune) ?? null) : null;
  }

  @FieldResolver(() => StructureSpro, { nullable: true, description: "L'organisateur, quand c'est une structure du SPRO ; null sinon." })
  async organisateurStructure(@Root() evenement: EvenementDoc, @Ctx() ctx: RegionContext) {
    return evenement.organisateurStructure ? ((await ctx.read()).structures.get(evenement.organisateurStructure) ?? null) : null;
  }

  @FieldResolver(() => Etablissement, { nullable: true, description: "L'organisateur, quand c'est un établissement (sous-graphe rectorat) ; null sinon." })
  organisateurEtablissement(@Root() evenement: EvenementDoc) {
    return evenement.organisateurUai ? { uai: evenement.organisateurUai } : null;
  }

  // Items nullable: an administrator may name a UAI the rectorat subgraph does not hold, which the
  // gateway then resolves to null; a non-null item would void the event and the list around it.
  @FieldResolver(() => [Etablissement], {
    nullable: "items",
    description: "Les établissements concernés (journées portes ouvertes…), organisateur compris ; null pour un UAI que le sous-graphe rectorat ne connaît pas.",
  })
  etablissements(@Root() evenement: EvenementDoc) {
    return evenement.uais.map((uai) => ({ uai }));
  }
}

export const resolveEvenementReference = async (ref: { id: string }, ctx: RegionContext) => (await ctx.read()).evenements.get(ref.id) ?? null;
