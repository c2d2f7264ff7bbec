import type { Provenance } from "@prisme/common";
import type { AdresseDoc } from "../offre/adresse.model";

/** The organismes de formation responsables, keyed by SIRET. */
export const ORGANISMES = "organismes";

/** An organisme de formation responsable, keyed by SIRET (LHEO organisme-formation-responsable). */
export interface OrganismeDoc {
  _id: string;
  siret: string;
  nom: string;
  raisonSociale: string | null;
  numeroActivite: string | null;
  uai: string | null;
  adresse: AdresseDoc | null;
  telephone: string | null;
  courriel: string | null;
  web: string | null;
  provenance: Provenance;
}
