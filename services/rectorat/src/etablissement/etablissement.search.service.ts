import { badUserInput, pageWindow, toConnection } from "@prisme/common";
import { checkCodeCommune, checkCodeDepartement } from "../common/identifiers";
import { checkPresDe } from "../common/near.input";
import type { RectoratContext } from "../context";
import type { Criteres } from "../search/etablissement.search";
import type { EtablissementsArgs } from "./etablissements.args";
import type { EtablissementDoc } from "./etablissement.model";

const FOR_ID = /^FOR\.\d+$/;

/** Checks the query arguments and turns them into index criteria; a bad one is a BAD_USER_INPUT. */
export function criteres(args: Partial<EtablissementsArgs>): Criteres {
  if (args.formation != null && !FOR_ID.test(args.formation)) throw badUserInput(`"${args.formation}" is not an Onisep formation id: expected something like FOR.1349.`, "formation");
  if (args.academie != null && !/^\d{2}$/.test(args.academie)) throw badUserInput(`"${args.academie}" is not an académie code: expected two digits, e.g. 06.`, "academie");
  return {
    texte: args.texte,
    types: args.types,
    secteur: args.secteur,
    etats: args.etats,
    codeCommune: args.codeCommune == null ? null : checkCodeCommune(args.codeCommune),
    codeDepartement: args.departement == null ? null : checkCodeDepartement(args.departement),
    codeAcademie: args.academie,
    voie: args.voie,
    apprentissage: args.apprentissage,
    internat: args.internat,
    formationId: args.formation,
    presDe: checkPresDe(args.presDe),
  };
}

/** One page of établissements from the search index, loaded by UAI in one query, with their distance. */
export async function pageEtablissements(ctx: RectoratContext, args: Partial<EtablissementsArgs>) {
  const window = pageWindow(args);
  const { total, resultats } = await ctx.models.search.chercher(criteres(args), window.offset + window.limit);
  const page = resultats.slice(window.offset, window.offset + window.limit);
  const docs = await Promise.all(page.map((hit) => ctx.loaders.etablissement.load(hit.uai)));
  const nodes = docs.flatMap((doc, i): EtablissementDoc[] => (doc ? [{ ...doc, distanceKm: roundOrNull(page[i].distanceKm) } as EtablissementDoc] : []));
  return toConnection(nodes, window, total);
}

const roundOrNull = (km: number | null) => (km == null ? null : Math.round(km * 100) / 100);
