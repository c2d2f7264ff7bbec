import type { CoordonneesDoc, Provenance, TableSpec } from "@prisme/common";
import type { CentreDoc, CommuneDoc } from "../commune/commune.model";

/** A commune as requests see it: the Etalab record joined to its centre (La Poste), when there is one. */
export type CommuneEntry = CommuneDoc & { centre: CoordonneesDoc | null; centreProvenance: Provenance | null };

/** The record joined to the centre known for it (or none). */
export const withCentre = (commune: CommuneDoc, centre: CentreDoc | undefined): CommuneEntry => ({
  ...commune,
  centre: centre?.centre ?? null,
  centreProvenance: centre?.provenance ?? null,
});

/**
 * The communes: searched by name (words as typed, accents and hyphens optional), filtered by
 * département and postal code, listed by INSEE code or by population (biggest first).
 */
export const communeSpec: TableSpec<CommuneEntry> = {
  key: (c) => c.code,
  text: { fields: { nom: { of: (c) => c.nom } }, titles: (c) => [c.nom] },
  keywords: {
    departement: (c) => c.codeDepartement,
    codePostal: (c) => c.codesPostaux,
  },
  orders: {
    code: (c) => c.code,
    population: (c) => -(c.population ?? 0),
  },
  points: (c) => (c.centre ? [c.centre] : []),
};
