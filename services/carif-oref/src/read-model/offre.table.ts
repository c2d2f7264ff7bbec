import { fold, type TableSpec } from "@prisme/common";
import type { OffreEntry, OffreGardee } from "./offre.entry";

/** The département of an INSEE commune code (2A/2B for Corsica, three digits overseas). */
export const departementOf = (codeInsee: string) => (codeInsee.startsWith("97") || codeInsee.startsWith("98") ? codeInsee.slice(0, 3) : codeInsee.slice(0, 2));

/** The last session start as a number (YYYYMMDD), what "starting on that day or later" compares. */
const dernierDebut = (entry: OffreEntry) => (entry.debuts.length ? Number(entry.debuts[entry.debuts.length - 1]!.replaceAll("-", "")) : null);

/** How the read model searches, filters, counts and links current offers. */
export const offreTableSpec: TableSpec<OffreEntry, OffreGardee> = {
  key: (o) => o._id,
  // 50,000 offers: about 40 MB of heap and a million objects fewer for each major collection to mark.
  store: (o) => ({ _id: o._id, v: o.v }),
  text: {
    fields: { intitule: { of: (o) => o.intitule, boost: 3 }, texte: { of: (o) => o.texte } },
    titles: (o) => [o.intitule],
  },
  keywords: {
    codeRome: (o) => o.codesRome,
    formacode: (o) => o.formacodes,
    codeRncp: (o) => o.codesRncp,
    codeCertifInfo: (o) => o.codesCertifInfo,
    // One dimension for "leads to this certification", by Certif Info code or RNCP number (any of them).
    certification: (o) => [...o.codesCertifInfo.map((c) => `ci:${c}`), ...o.codesRncp.map((c) => `rncp:${c}`)],
    codeInsee: (o) => o.codesInsee,
    departement: (o) => [...new Set(o.codesInsee.map(departementOf))],
    uai: (o) => o.codesUai,
    siret: (o) => o.siretOrganisme,
    certifiante: (o) => o.certifiante,
    modalite: (o) => o.modalites,
    financeur: (o) => o.financeurs,
    moisDebut: (o) => [...new Set(o.debuts.map((d) => d.slice(0, 7)))],
    recrutementOuvert: (o) => o.recrutementOuvert,
  },
  numbers: { dernierDebut },
  orders: { intitule: (o) => fold(o.intitule) },
  points: (o) => o.points,
};
