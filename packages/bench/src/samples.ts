import type { Samples } from "@prisme/testing";
import { send } from "./load";

const CLERMONT = { latitude: 45.7772, longitude: 3.087 };

async function data<T>(url: string, query: string): Promise<T> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", "apollo-require-preflight": "true" }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors?.length) throw new Error(`bench samples: ${query.slice(0, 80)}… failed: ${body.errors?.[0]?.message ?? response.status}`);
  return body.data;
}

type Ids = { nodes: Record<string, unknown>[] };

/**
 * Realistic arguments for every field, found in the data imported (through the gateway, as a
 * client would): ids and codes of real records, searches taken from real labels, a point in
 * Clermont-Ferrand.
 */
export async function discoverSamples(gateway: string): Promise<Samples> {
  const found = await data<{ metiers: Ids; formations: Ids; offres: Ids; structures: Ids; evenements: Ids; etablissements: Ids }>(
    gateway,
    `{
      metiers(recherche: "infirmier", first: 1) { nodes { id codesRome } }
      formations(recherche: "bts", first: 1) { nodes { id } }
      offres(first: 1, recherche: "developpeur") { nodes { id organisme { siret } certifications { id codeRncp } communes { code } codesRome formacodes } }
      structures(first: 1) { nodes { id } }
      evenements(first: 1) { nodes { id } }
      etablissements(first: 1, codeCommune: "63113") { nodes { uai } }
    }`,
  );
  const metier = found.metiers.nodes[0] as { id: string; codesRome: string[] };
  const offre = found.offres.nodes[0] as { id: string; organisme: { siret: string } | null; certifications: { id: string; codeRncp: string | null }[]; communes: { code: string }[]; codesRome: string[]; formacodes: string[] };
  const certification = offre.certifications[0] ?? { id: "82703", codeRncp: "37537" };
  const uai = (found.etablissements.nodes[0] as { uai: string } | undefined)?.uai ?? "0630001A";
  const formation = (found.formations.nodes[0] as { id: string }).id;
  const near = { ...CLERMONT, rayonKm: 30 };
  return {
    arguments: {
      "Query.metier.id": metier.id,
      "Query.formation.id": formation,
      "Query.rome.code": metier.codesRome[0] ?? "J1506",
      "Query.offre.id": offre.id,
      "Query.organismeFormation.siret": offre.organisme?.siret ?? "19630001500017",
      "Query.certification.id": certification.id,
      "Query.certification.codeRncp": certification.codeRncp ?? "37537",
      "Query.certificationParCertifInfo.code": certification.id,
      "Query.certificationParRncp.codeRncp": certification.codeRncp ?? "37537",
      "Query.etablissement.uai": uai,
      "Query.formacode.code": offre.formacodes[0] ?? "31054",
      "Query.commune.code": "63113",
      "Query.departement.code": "63",
      "Query.region.code": "84",
      "Query.academie.code": "06",
      "Query.structure.id": (found.structures.nodes[0] as { id: string } | undefined)?.id ?? "x",
      "Query.evenement.id": (found.evenements.nodes[0] as { id: string } | undefined)?.id ?? "x",
      recherche: "informatique",
      texte: "informatique",
      "Query.communes.recherche": "clermont",
      codeRome: metier.codesRome[0] ?? "M1805",
      formacode: offre.formacodes[0] ?? "31054",
      codeRncp: certification.codeRncp ?? "37537",
      champSemantique: "310",
      financeur: "2",
      moisDebut: "2027-01",
      domaine: "santé, social, sport",
      niveau: 5,
      type: "BTS",
      "type: TypeEvenement": "SALON",
      "type: TypeStructure": "MISSION_LOCALE",
      certifiante: true,
      modalite: "PRESENTIEL",
      recrutementOuvert: true,
      debutApres: "2026-01-01",
      departement: "63",
      codeCommune: "63113",
      commune: "63113",
      formation,
      metier: metier.id,
      uai,
      proximite: near,
      autourDe: near,
      presDe: near,
      latitude: CLERMONT.latitude,
      longitude: CLERMONT.longitude,
      rayonKm: 30,
      first: 20,
      reponses: ["Q01", "Q02", "Q03", "Q04", "Q05", "Q06", "Q07", "Q08"].map((question, i) => ({ question, option: "abcd"[i % 4] })),
    },
    // The deprecated arguments of "near": a point or a commune, each with its radius (both at once is refused).
    together: [["latitude", "longitude", "rayonKm"], ["commune", "rayonKm"]],
    oneOf: { "Query.certification": ["id", "codeRncp"] },
    representations: {
      Metier: { id: metier.id, codesRome: metier.codesRome },
      Formation: { id: formation },
      Rome: { code: metier.codesRome[0] ?? "J1506" },
      OffreFormation: { id: offre.id },
      OrganismeFormation: { siret: offre.organisme?.siret ?? "19630001500017" },
      Certification: { id: certification.id },
      Commune: { code: offre.communes[0]?.code ?? "63113" },
      Formacode: { code: offre.formacodes[0] ?? "31054" },
      Etablissement: { uai },
      Departement: { code: "63" },
      Region: { code: "84" },
      Academie: { code: "06" },
      StructureSpro: { id: (found.structures.nodes[0] as { id: string } | undefined)?.id ?? "x" },
      Evenement: { id: (found.evenements.nodes[0] as { id: string } | undefined)?.id ?? "x" },
    },
  };
}

/** The README's journey: one request across the four subgraphs, as the métier page of the site sends it. */
export const JOURNEY = `query Parcours($id: ID!) {
  metier(id: $id) {
    libelle
    formations(first: 5) { nodes { libelle etablissements(first: 5) { nodes { nom commune { nom departement { nom } } } } } }
    offres(first: 5) { totalCount nodes { intitule sessions { debut fin } } }
  }
}`;

export { send };
