import { badUserInput, verifierIdentifiant, type NomIdentifiant } from "@prisme/common";
import { pointOf } from "../common/point";
import type { RegionState } from "../read-model/region.read-model";
import type { EvenementInput } from "./evenement.input";
import type { EvenementRecord } from "./evenement.model";

/** The fields an administrator gives: all of an event but its id and cancellation. */
export type EvenementSaisi = Omit<EvenementRecord, "_id" | "id" | "annule" | "motifAnnulation">;

/** The shared keys of a list, each checked and normalised, without duplicates. */
const identifiants = (kind: NomIdentifiant, values: readonly string[] | null | undefined, field: string) =>
  [...new Set((values ?? []).map((value) => verifierIdentifiant(kind, value, field)))];

/** The commune given, under its name or its deprecated one (not both). */
function communeDonnee(input: EvenementInput): string | null {
  if (input.codeCommune != null && input.commune != null) throw badUserInput("Give codeCommune alone: commune is its deprecated name.", "commune");
  return input.codeCommune ?? input.commune ?? null;
}

/** Checks an event as a whole and gives what to store; throws a BAD_USER_INPUT error before any write. */
export function valider(input: EvenementInput, state: RegionState): EvenementSaisi {
  const titre = input.titre.trim();
  if (!titre) throw badUserInput("titre must not be empty.", "titre");
  if (!(input.debut instanceof Date) || Number.isNaN(input.debut.getTime())) throw badUserInput("debut is not a valid date-time.", "debut");
  if (!(input.fin instanceof Date) || Number.isNaN(input.fin.getTime())) throw badUserInput("fin is not a valid date-time.", "fin");
  if (input.fin < input.debut) throw badUserInput(`fin (${input.fin.toISOString()}) is before debut (${input.debut.toISOString()}).`, "fin");
  const donnee = communeDonnee(input);
  if (donnee == null && !input.url) throw badUserInput("An event needs a place (codeCommune) or an online url.", "codeCommune");
  if (input.url != null && !/^https?:\/\/\S+$/.test(input.url)) throw badUserInput(`url "${input.url}" is not an http(s) address.`, "url");
  let codeCommune: string | null = null;
  let coordonnees = null;
  if (donnee != null) {
    const argument = input.codeCommune != null ? "codeCommune" : "commune";
    const commune = state.communes.get(verifierIdentifiant("codeCommune", donnee, argument));
    if (!commune) throw badUserInput(`Commune ${donnee} is unknown.`, argument);
    codeCommune = commune.code;
    coordonnees = commune.centre;
  }
  if (input.latitude != null || input.longitude != null) coordonnees = pointOf({ latitude: input.latitude, longitude: input.longitude }, state);
  if (input.organisateurStructure != null && !state.structures.get(input.organisateurStructure)) {
    throw badUserInput(`Structure ${input.organisateurStructure} is unknown.`, "organisateurStructure");
  }
  const organisateurUai = input.organisateurUai == null ? null : verifierIdentifiant("uai", input.organisateurUai, "organisateurUai");
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
    organisateurUai,
    publics: input.publics ?? [],
    inscription: input.inscription ?? null,
    metierIds: identifiants("idMetier", input.metierIds, "metierIds"),
    formationIds: identifiants("idFormation", input.formationIds, "formationIds"),
    uais: [...new Set([...identifiants("uai", input.uais, "uais"), ...(organisateurUai ? [organisateurUai] : [])])],
  };
}
