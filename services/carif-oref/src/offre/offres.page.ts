import type { GraphQLResolveInfo } from "graphql";
import { connectionFromTable, facettesDemandees, facetteValeurs, libelleDepartement, pageRequest, type ConnectionArgs, type ConnectionShape, type TableQuery, type TableResult } from "@prisme/common";
import { DICT_FINANCEURS } from "../importers/lheo/lheo.dictionaries";
import type { CarifOrefContext } from "../context";
import type { OffreEntry } from "../read-model/offre.entry";
import type { OffreDoc } from "./offre.model";

export type OffreNode = OffreDoc & { distanceKm: number | null };

/** A page of offers from the read model: the whole offers of the page are read by _id, batched with every other page of the request. */
export async function offreConnection(ctx: CarifOrefContext, result: TableResult<OffreEntry>): Promise<ConnectionShape<OffreNode> & { facettes: object }> {
  const docs = await ctx.loaders.offre.loadMany(result.hits.map((hit) => hit.entry._id));
  const connection = connectionFromTable(result, (hit, index) => {
    const doc = docs[index];
    // An offer removed or withdrawn since the read model last changed is left out of the page.
    return doc && !(doc instanceof Error) && !doc.retiree ? { ...doc, distanceKm: hit.distanceKm } : null;
  });
  return { ...connection, facettes: facettesOffres(result.facets) };
}

const MODALITES: Record<string, string> = { PRESENTIEL: "En présentiel", MIXTE: "En partie à distance", A_DISTANCE: "À distance" };
const MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
const oui = (v: string) => (v === "true" ? "Oui" : "Non");

/** The facet counts of a search, each value with its French label. */
function facettesOffres(counts: TableResult<OffreEntry>["facets"]) {
  return {
    modalite: facetteValeurs(counts.modalite, (v) => MODALITES[v] ?? v),
    certifiante: facetteValeurs(counts.certifiante, oui),
    financeur: facetteValeurs(counts.financeur, (v) => DICT_FINANCEURS.libelles[v] ?? `financeur ${v}`),
    departement: facetteValeurs(counts.departement, libelleDepartement),
    moisDebut: facetteValeurs(counts.moisDebut, (v) => `${MOIS[Number(v.slice(5, 7)) - 1] ?? v.slice(5, 7)} ${v.slice(0, 4)}`),
    recrutementOuvert: facetteValeurs(counts.recrutementOuvert, oui),
  };
}

/** One page of the current offers matching a read-model query. */
export async function pageOffres(ctx: CarifOrefContext, query: TableQuery, args: ConnectionArgs): Promise<ConnectionShape<OffreNode> & { facettes: object }> {
  const page = pageRequest(args);
  return offreConnection(ctx, (await ctx.read()).offres.query(query, page));
}

/**
 * The current offers linked to an entity by codes (a métier's ROME codes, a commune's INSEE code…),
 * by intitulé, or nearest first within `near`; `info` tells which facets are asked.
 */
export const linkedOffres = (ctx: CarifOrefContext, where: NonNullable<TableQuery["where"]>, args: ConnectionArgs, info?: GraphQLResolveInfo, near: TableQuery["near"] = null) =>
  pageOffres(ctx, { where, facets: info ? facettesDemandees(info) : [], near, order: near ? "distance" : null }, args);
