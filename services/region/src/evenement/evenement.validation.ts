import { badUserInput } from "@prisme/common";
import { checkCodeCommune } from "../common/identifiers";
import { pointOf } from "../common/point";
import type { RegionState } from "../read-model/region.read-model";
import type { EvenementInput } from "./evenement.args";
import type { EvenementRecord } from "./evenement.model";

/** The fields an administrator gives: all of an event but its id and cancellation. */
export type EvenementSaisi = Omit<EvenementRecord, "_id" | "id" | "annule" | "motifAnnulation">;

/** Checks an event as a whole and gives what to store; throws a BAD_USER_INPUT error before any write. */
export function valider(input: EvenementInput, state: RegionState): EvenementSaisi {
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
    const commune = state.communes.get(checkCodeCommune(input.commune, "commune"));
    if (!commune) throw badUserInput(`Commune ${input.commune} is unknown.`, "commune");
    codeCommune = commune.code;
    coordonnees = commune.centre;
  }
  if (input.latitude != null || input.longitude != null) coordonnees = pointOf({ latitude: input.latitude, longitude: input.longitude }, state);
  if (input.organisateurStructure != null && !state.structures.get(input.organisateurStructure)) {
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
