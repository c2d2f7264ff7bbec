import type { GraphQLResolveInfo } from "graphql";
import { connectionFromTable, facettesDemandees, facetteValeurs, libelleDepartement, pageDemandee, pageRequest, type ConnectionArgs, type ConnectionShape, type TableQuery, type TableResult } from "@prisme/common";
import { DICT_FINANCEURS } from "../importers/lheo/lheo.dictionaries";
import type { CarifOrefContext } from "../context";
import type { OffreGardee } from "../read-model/offre.entry";
import type { OffreDoc } from "./offre.model";

export type OffreNode = OffreDoc & { distanceKm: number | null };

/**
 * A page of offers from the read model: the whole offers of the page are read by _id, batched with
 * every other page of the request; none when the request asks only the count or the facets.
 */
export async function offreConnection(ctx: CarifOrefContext, result: TableResult<OffreGardee>, withRecords = true): Promise<ConnectionShape<OffreNode> & { facettes: object }> {
  const docs = withRecords ? await ctx.loaders.offre.loadMany(result.hits.map((hit) => hit.entry._id)) : [];
  const connection = connectionFromTable(result, (hit, index) => {
    // Not selected: the page keeps its cursors, its records are not read.
    if (!withRecords) return { _id: hit.entry._id, distanceKm: hit.distanceKm } as unknown as OffreNode;
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
function facettesOffres(counts: TableResult<OffreGardee>["facets"]) {
  return {
    modalite: facetteValeurs(counts.modalite, (v) => MODALITES[v] ?? v),
    certifiante: facetteValeurs(counts.certifiante, oui),
    financeur: facetteValeurs(counts.financeur, (v) => DICT_FINANCEURS.libelles[v] ?? `financeur ${v}`),
    departement: facetteValeurs(counts.departement, libelleDepartement),
    moisDebut: facetteValeurs(counts.moisDebut, (v) => `${MOIS[Number(v.slice(5, 7)) - 1] ?? v.slice(5, 7)} ${v.slice(0, 4)}`),
    recrutementOuvert: facetteValeurs(counts.recrutementOuvert, oui),
  };
}

/** One page of the current offers matching a read-model query (`info`: what the request selects of it). */
export async function pageOffres(ctx: CarifOrefContext, query: TableQuery, args: ConnectionArgs, info?: GraphQLResolveInfo): Promise<ConnectionShape<OffreNode> & { facettes: object }> {
  const page = pageRequest(args);
  return offreConnection(ctx, (await ctx.read()).offres.query(query, page), info ? pageDemandee(info) : true);
}

/**
 * The current offers linked to an entity by codes (a métier's ROME codes, a commune's INSEE code…),
 * by intitulé, or nearest first within `near`; `info` tells which facets are asked.
 */
export const linkedOffres = (ctx: CarifOrefContext, where: NonNullable<TableQuery["where"]>, args: ConnectionArgs, info?: GraphQLResolveInfo, near: TableQuery["near"] = null) =>
  pageOffres(ctx, { where, facets: info ? facettesDemandees(info) : [], near, order: near ? "distance" : null }, args, info);
