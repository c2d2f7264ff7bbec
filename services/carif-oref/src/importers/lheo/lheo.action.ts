import type { ActionDoc, LieuDoc } from "../../offre/action.model";
import { ETAT_RECRUTEMENT_LHEO } from "../../offre/etat-recrutement.enum";
import { MODALITE_ENSEIGNEMENT_LHEO } from "../../offre/modalite-enseignement.enum";
import type { SessionDoc } from "../../offre/session.model";
import { SIRET } from "../../common/siret";
import { readAdresse, readExtras } from "./lheo.adresse";
import { parseLheoDate, readTimestamps } from "./lheo.dates";
import { DICT_BOOLEAN, DICT_ETAT_RECRUTEMENT, DICT_FINANCEURS, DICT_MODALITES_ENSEIGNEMENT, DICT_MODALITES_ES } from "./lheo.dictionaries";
import type { NodeReader } from "./lheo.node";

// dict-boolean: a code no dictionary knows (kept in a warning) is unknown, not false.
const bool = (code: string | null) => (code === "1" ? true : code === "0" ? false : null);
const int = (reader: NodeReader, name: string) => {
  const value = reader.text(name, 5);
  if (value === null) return null;
  if (!/^\d{1,5}$/.test(value)) reader.fail(`<${name}> "${value}" is not a whole number from 0 to 99999`);
  return Number(value);
};

function readSiret(reader: NodeReader, name: string): string {
  const siret = reader.required(name).requiredText("SIRET", 14, 14);
  if (!SIRET.test(siret)) reader.fail(`<SIRET> "${siret}" is not 14 digits`);
  return siret;
}

function readSession(session: NodeReader): SessionDoc {
  const periode: NodeReader = session.required("periode");
  const [debut, fin] = (["debut", "fin"] as const).map((bound) => {
    const raw = periode.requiredText(bound, 8);
    const parsed = parseLheoDate(raw, bound);
    return parsed ?? periode.fail(`<${bound}> "${raw}" is not an LHEO date (AAAAMMJJ, AAAAMM00, AAAA0000 or 00000000)`);
  });
  if (debut.date && fin.date && fin.date < debut.date) periode.fail(`the session ends (${fin.date}) before it starts (${debut.date})`);
  const etat = session.code("etat-recrutement", DICT_ETAT_RECRUTEMENT, false);
  return {
    numero: session.attr("numero"),
    ...readTimestamps(session),
    debut: debut.date,
    fin: fin.date,
    precisionDebut: debut.precision,
    precisionFin: fin.precision,
    etatRecrutement: etat === null ? null : (ETAT_RECRUTEMENT_LHEO[etat] ?? null),
    adresseInscription: readAdresse(session.required("adresse-inscription").required("adresse")),
    modalitesInscription: session.text("modalites-inscription", 255),
    extras: readExtras(session),
  };
}

function readLieu(lieu: NodeReader): LieuDoc {
  const coordonnees = lieu.required("coordonnees");
  const adresse = coordonnees.one("adresse");
  if (!adresse) lieu.fail("<lieu-de-formation> has no <adresse>: where is it taught?");
  const siret = lieu.one("SIRET-lieu-formation");
  const uai = lieu.one("code-UAI-lieu-formation");
  return {
    nom: coordonnees.texts("ligne", 3)[0] ?? coordonnees.text("nom", 50),
    siret: siret ? readSiret(lieu, "SIRET-lieu-formation") : null,
    uai: uai ? uai.requiredText("code-UAI", 8, 8) : null,
    adresse: readAdresse(adresse),
  };
}

/** Maps one LHEO <action>, checking what the definition requires (rythme, public, modalities, sessions…). */
export function readAction(action: NodeReader): ActionDoc {
  const sessions = action.all("session");
  if (sessions.length === 0) action.fail("<action> has no <session> (at least one required)");
  const codesPublicVise = action.texts("code-public-vise", 10, [5, 5]);
  if (codesPublicVise.length === 0) action.fail("<action> lacks the required <code-public-vise>");
  const modalite = action.code("modalites-enseignement", DICT_MODALITES_ENSEIGNEMENT, true);
  return {
    numero: action.attr("numero"),
    ...readTimestamps(action),
    rythme: action.requiredText("rythme-formation"),
    codesPublicVise,
    infoPublicVise: action.text("info-public-vise", 250),
    niveauEntreeObligatoire: bool(action.code("niveau-entree-obligatoire", DICT_BOOLEAN, true)),
    modalitesAlternance: action.requiredText("modalites-alternance"),
    modaliteEnseignement: modalite === null ? null : (MODALITE_ENSEIGNEMENT_LHEO[modalite] ?? null),
    conditionsSpecifiques: action.requiredText("conditions-specifiques"),
    priseEnChargeFraisPossible: bool(action.code("prise-en-charge-frais-possible", DICT_BOOLEAN, true)),
    lieux: action.all("lieu-de-formation").map(readLieu),
    entreesSortiesPermanentes: bool(action.code("modalites-entrees-sorties", DICT_MODALITES_ES, true)),
    urls: action.one("url-action")?.texts("urlweb", 3) ?? [],
    dureeIndicative: action.text("duree-indicative", 150),
    nombreHeuresCentre: int(action, "nombre-heures-centre"),
    nombreHeuresEntreprise: int(action, "nombre-heures-entreprise"),
    nombreHeuresTotal: int(action, "nombre-heures-total"),
    prixTotalTTC: action.text("prix-total-TTC", 10),
    organismesFormateurs: action.all("organisme-formateur").map((f) => ({ siret: readSiret(f, "SIRET-formateur"), raisonSociale: f.text("raison-sociale-formateur", 250) })),
    financeurs: action.all("organisme-financeur").map((f) => ({ code: f.code("code-financeur", DICT_FINANCEURS, true)!, nbPlacesFinancees: int(f, "nb-places-financees") })),
    hebergement: action.text("hebergement", 250),
    restauration: action.text("restauration", 250),
    transport: action.text("transport", 250),
    accesHandicapes: action.text("acces-handicapes", 250),
    langues: action.texts("langue-formation", 5, [2, 2]),
    sessions: sessions.map(readSession),
    extras: readExtras(action),
  };
}
