import { badUserInput, verifierIdentifiant, type CentreDeCommune, type Keyword, type TableHit, type TableQuery } from "@prisme/common";
import { cercleDemande } from "../common/proximite";
import type { EtablissementEntree } from "../read-model/etablissement.entree";
import type { EtablissementsArgs } from "./etablissements.args";

const RECHERCHE_MAX = 200;

/** The full-text argument: recherche, or its deprecated name texte (not both); trimmed, at most RECHERCHE_MAX characters. */
function recherche(args: Partial<EtablissementsArgs>): string | null {
  if (args.recherche != null && args.texte != null) throw badUserInput("Give recherche or texte (its deprecated name), not both.", "recherche");
  const argument = args.texte != null ? "texte" : "recherche";
  const text = (args.recherche ?? args.texte ?? "").trim();
  if (text.length > RECHERCHE_MAX) throw badUserInput(`"${argument}" is too long (${text.length} characters, at most ${RECHERCHE_MAX}).`, argument);
  return text || null;
}

/**
 * Checks the arguments of etablissements(…) (and of the other lists of établissements) and turns
 * them into a read-model query; a bad one is a BAD_USER_INPUT.
 */
export async function etablissementsQuery(args: Partial<EtablissementsArgs>, centreDe: CentreDeCommune): Promise<TableQuery> {
  const where: Record<string, Keyword[]> = {};
  if (args.types?.length) where.type = args.types;
  if (args.etats?.length) where.etat = args.etats;
  if (args.secteur != null) where.secteur = [args.secteur];
  if (args.codeCommune != null) where.codeCommune = [verifierIdentifiant("codeCommune", args.codeCommune, "codeCommune")];
  if (args.departement != null) where.codeDepartement = [verifierIdentifiant("codeDepartement", args.departement, "departement")];
  if (args.academie != null) where.codeAcademie = [verifierIdentifiant("codeAcademie", args.academie, "academie")];
  if (args.voie != null) where.voie = [args.voie];
  if (args.apprentissage != null) where.apprentissage = [args.apprentissage];
  if (args.internat != null) where.internat = [args.internat];
  if (args.ecoleMaternelle != null) where.ecoleMaternelle = [args.ecoleMaternelle];
  if (args.ecoleElementaire != null) where.ecoleElementaire = [args.ecoleElementaire];
  if (args.educationPrioritaire?.length) where.educationPrioritaire = args.educationPrioritaire;
  if (args.ulis != null) where.ulis = [args.ulis];
  if (args.formation != null) where.formationId = [verifierIdentifiant("idFormation", args.formation, "formation")];
  const text = recherche(args);
  const near = await cercleDemande(args, centreDe);
  return { text, where, near, order: parDistanceOuDefaut(near) };
}

/** Nearest first when a point is given, even with a text; otherwise the table's default (relevance with a text, else by name). */
export const parDistanceOuDefaut = (near: unknown): string | null => (near ? "distance" : null);

/** A listed établissement with its distance from the point of the search (null without one). */
export const avecDistance = (hit: TableHit<EtablissementEntree>) => ({ ...hit.entry, distanceKm: hit.distanceKm });
