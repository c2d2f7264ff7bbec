import { badUserInput, type Keyword, type TableHit, type TableQuery } from "@prisme/common";
import { checkCodeCommune, checkCodeDepartement } from "../common/identifiers";
import { checkPresDe } from "../common/near.input";
import type { EtablissementEntree } from "../read-model/etablissement.entree";
import type { EtablissementsArgs } from "./etablissements.args";

const FOR_ID = /^FOR\.\d+$/;

/** Checks the arguments of etablissements(…) and turns them into a read-model query; a bad one is a BAD_USER_INPUT. */
export function etablissementsQuery(args: Partial<EtablissementsArgs>): TableQuery {
  if (args.formation != null && !FOR_ID.test(args.formation)) throw badUserInput(`"${args.formation}" is not an Onisep formation id: expected something like FOR.1349.`, "formation");
  if (args.academie != null && !/^\d{2}$/.test(args.academie)) throw badUserInput(`"${args.academie}" is not an académie code: expected two digits, e.g. 06.`, "academie");
  const where: Record<string, Keyword[]> = {};
  if (args.types?.length) where.type = args.types;
  if (args.etats?.length) where.etat = args.etats;
  if (args.secteur != null) where.secteur = [args.secteur];
  if (args.codeCommune != null) where.codeCommune = [checkCodeCommune(args.codeCommune)];
  if (args.departement != null) where.codeDepartement = [checkCodeDepartement(args.departement)];
  if (args.academie != null) where.codeAcademie = [args.academie];
  if (args.voie != null) where.voie = [args.voie];
  if (args.apprentissage != null) where.apprentissage = [args.apprentissage];
  if (args.internat != null) where.internat = [args.internat];
  if (args.formation != null) where.formationId = [args.formation];
  const near = checkPresDe(args.presDe);
  return { text: args.texte?.trim() || null, where, near, order: parDistanceOuDefaut(near) };
}

/** Nearest first when a point is given, even with a text; otherwise the table's default (relevance with a text, else by name). */
export const parDistanceOuDefaut = (near: unknown): string | null => (near ? "distance" : null);

/** A listed établissement with its distance from the point of the search (null without one). */
export const avecDistance = (hit: TableHit<EtablissementEntree>) => ({ ...hit.entry, distanceKm: hit.distanceKm });
