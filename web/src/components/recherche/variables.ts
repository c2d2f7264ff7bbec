import type { VariablesOf } from "@/graphql/graphql";
import type { RechercheQuery } from "@/app/recherche/recherche.query";
import type { PartsByService } from "@/graphql/page-loader";
import { proximiteDe } from "@/lib/lieu";
import type { Criteres } from "./criteres";

export const PAGE_SIZE = 20;
export const APERCU_SIZE = 3;

type Variables = VariablesOf<typeof RechercheQuery>;

/** The query's variables for the criteria: every kind on the overview, one kind once chosen. */
export function rechercheVariables(c: Criteres): Variables {
  const seul = (type: Criteres["type"]) => !c.type || c.type === type;
  const lieu = c.lieu;
  return {
    q: c.q ?? null,
    first: c.type ? PAGE_SIZE : APERCU_SIZE,
    after: c.apres ?? null,
    avecMetiers: seul("metiers"),
    avecFormations: seul("formations"),
    avecOffres: seul("offres"),
    // Établissements are not linked to ROME codes: a search by ROME code leaves them out.
    avecEtablissements: seul("etablissements") && !c.codeRome,
    avecDomaines: c.type === "metiers" || c.type === "formations",
    // The counts of each filter value, for the kind chosen (métiers have no facets).
    avecFacettes: c.type === "formations" || c.type === "offres" || c.type === "etablissements",
    codeRome: c.codeRome ?? null,
    domaine: c.type === "metiers" || c.type === "formations" ? (c.domaine ?? null) : null,
    niveau: c.type === "formations" ? (c.niveau ?? null) : null,
    typeFormation: c.type === "formations" ? (c.typeFormation ?? null) : null,
    modalite: c.type === "offres" ? (c.modalite ?? null) : null,
    certifiante: c.type === "offres" ? (c.certifiante ?? null) : null,
    debutApres: c.type === "offres" ? (c.debut ?? null) : null,
    recrutementOuvert: c.type === "offres" ? (c.recrutement ?? null) : null,
    moisDebut: c.type === "offres" ? (c.moisDebut ?? null) : null,
    financeur: c.type === "offres" ? (c.financeur ?? null) : null,
    departement: c.type === "offres" ? (c.departement ?? null) : null,
    proximite: lieu ? proximiteDe(lieu) : null,
    types: c.type === "etablissements" && c.typesEtablissement.length ? c.typesEtablissement : null,
    secteur: c.type === "etablissements" ? (c.secteur ?? null) : null,
    voie: c.type === "etablissements" ? (c.voie ?? null) : null,
    apprentissage: c.type === "etablissements" ? (c.apprentissage ?? null) : null,
    internat: c.type === "etablissements" ? (c.internat ?? null) : null,
    commune: lieu?.commune ?? "",
    avecCommune: !!lieu?.commune,
  };
}

/** Which switches leave out a partner that is down. */
export const RECHERCHE_PARTS: PartsByService<Variables> = {
  onisep: ["avecMetiers", "avecFormations", "avecDomaines"],
  "carif-oref": ["avecOffres"],
  rectorat: ["avecEtablissements"],
  region: ["avecCommune"],
};
