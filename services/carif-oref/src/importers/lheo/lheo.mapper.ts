import type { OffreDoc } from "../../offre/offre.model";
import type { OrganismeDoc } from "../../organisme/organisme.model";
import { CODE_ROME, OFFRE_ID } from "../../common/identifiers";
import { normalizeRncp } from "../../common/rncp";
import { SIRET } from "../../common/siret";
import { readAction } from "./lheo.action";
import { readAdresse, readExtras } from "./lheo.adresse";
import { readContacts } from "./lheo.contact";
import { readTimestamps } from "./lheo.dates";
import { DICT_AIS, DICT_BOOLEAN, DICT_NIVEAUX, DICT_TYPE_PARCOURS } from "./lheo.dictionaries";
import { LheoRecordError, NodeReader, type LheoWarning } from "./lheo.node";
import type { LheoRecord } from "./lheo.reader";

/**
 * The version of this mapping: part of every offer's fingerprint (the digest of its XML), so a
 * change of what is read from a feed rewrites every offer at the next import. Bump it with any change
 * to the mapper or what it calls.
 */
export const MAPPING_VERSION = 3;

/** A dict-boolean code: 1 true, 0 false, any other code (kept raw in a warning) unknown. */
const bool = (code: string | null) => (code === "1" ? true : code === "0" ? false : null);

export type OffreRecord = Omit<OffreDoc, "provenance" | "_id">;
export type OrganismeRecord = Omit<OrganismeDoc, "provenance" | "_id">;

export interface MappedFormation {
  offre: OffreRecord;
  organisme: OrganismeRecord;
  /** What was kept as given though it could not be read (codes no dictionary knows, unreadable dates). */
  warnings: LheoWarning[];
}

/** The numero a rejection names: the formation's own, else its position in the file. */
export function formationLabel(record: LheoRecord): string {
  const numero = record.node.attrs.numero;
  return numero ? `formation ${numero}` : `formation #${record.index} (line ${record.node.line})`;
}

function readOrganisme(formation: NodeReader): OrganismeRecord {
  const org = formation.required("organisme-formation-responsable");
  const siret = org.required("SIRET-organisme-formation").requiredText("SIRET", 14, 14);
  if (!SIRET.test(siret)) org.fail(`<SIRET> "${siret}" is not 14 digits`);
  const coordonnees = org.required("coordonnees-organisme").required("coordonnees");
  if (org.all("contact-organisme").length === 0) org.fail("<organisme-formation-responsable> lacks the required <contact-organisme>");
  const adresse = coordonnees.one("adresse");
  return {
    siret,
    nom: org.requiredText("nom-organisme", 250),
    raisonSociale: org.requiredText("raison-sociale", 250),
    numeroActivite: org.requiredText("numero-activite", 11, 11),
    uai: org.one("code-UAI-organisme-formation")?.requiredText("code-UAI", 8, 8) ?? null,
    adresse: adresse ? readAdresse(adresse) : null,
    telephone: coordonnees.one("telfixe")?.texts("numtel", 3)[0] ?? null,
    courriel: coordonnees.text("courriel", 160),
    web: coordonnees.one("web")?.texts("urlweb", 3)[0] ?? null,
  };
}

/**
 * Maps one LHEO <formation> to an offer and its organisme responsable, checking what the LHEO
 * definition requires; throws LheoRecordError with the reason when the record breaks it.
 */
export function mapFormation(record: LheoRecord, versionLheo: string): MappedFormation {
  const formation: NodeReader = new NodeReader(record.node, "formation", []);
  const numero = formation.attr("numero");
  if (!numero) formation.fail("<formation> has no numero attribute: it cannot be identified");
  if (!OFFRE_ID.test(numero)) formation.fail(`numero "${numero}" is not usable as an identifier (1–64 letters, digits, _ . : -)`);
  const domaine = formation.required("domaine-formation");
  const codesRome = domaine.texts("code-ROME", 5, [5, 5]);
  const badRome = codesRome.find((code) => !CODE_ROME.test(code));
  if (badRome) domaine.fail(`<code-ROME> "${badRome}" is not a ROME code (a letter A–N and four digits)`);
  const contactsFormation = formation.all("contact-formation");
  if (contactsFormation.length === 0) formation.fail("<formation> lacks the required <contact-formation>");
  const actions = formation.all("action");
  if (actions.length === 0) formation.fail("<formation> has no <action> (at least one required)");
  const certifications = formation.all("certification");
  if (certifications.length > 5) formation.fail(`<certification> appears ${certifications.length} times, at most 5 allowed`);
  const organisme = readOrganisme(formation);
  const responsable = formation.required("organisme-formation-responsable");
  const mappedActions = actions.map(readAction);
  const certRefs = certifications.map((c) => ({ codeRncp: normalizeRncp(c.text("code-RNCP", 10, 1)), codeCertifInfo: c.text("code-CERTIFINFO", 10, 1), codeRs: c.text("code-RS", 10, 3) }));
  const lieux = mappedActions.flatMap((a) => a.lieux);
  const offre: OffreRecord = {
    id: numero,
    intitule: formation.requiredText("intitule-formation", 255),
    objectif: formation.requiredText("objectif-formation"),
    resultatsAttendus: formation.requiredText("resultats-attendus"),
    contenu: formation.requiredText("contenu-formation"),
    ...readTimestamps(formation),
    certifiante: bool(formation.code("certifiante", DICT_BOOLEAN, true)),
    codesRome,
    formacodes: domaine.texts("code-FORMACODE", 5, [5, 5]),
    codesNsf: domaine.texts("code-NSF", 3, [3, 3]),
    codesCertifications: certRefs,
    parcours: formation.code("parcours-de-formation", DICT_TYPE_PARCOURS, true),
    objectifGeneral: formation.code("objectif-general-formation", DICT_AIS, false),
    niveauEntree: formation.code("code-niveau-entree", DICT_NIVEAUX, true),
    niveauSortie: formation.code("code-niveau-sortie", DICT_NIVEAUX, false),
    urls: formation.one("url-formation")?.texts("urlweb", 3) ?? [],
    contactsFormation: readContacts(contactsFormation),
    contactsOrganisme: readContacts(responsable.all("contact-organisme")),
    siretOrganisme: organisme.siret,
    nomOrganisme: organisme.nom,
    actions: mappedActions,
    extras: readExtras(formation),
    codesInsee: [...new Set(lieux.map((l) => l.adresse.codeInsee).filter((c): c is string => !!c))],
    codesCertifInfo: [...new Set(certRefs.map((c) => c.codeCertifInfo).filter((c): c is string => !!c))],
    codesRncp: [...new Set(certRefs.map((c) => c.codeRncp).filter((c): c is string => !!c))],
    versionLheo,
    retiree: false,
    dateRetrait: null,
  };
  return { offre, organisme, warnings: formation.warnings };
}

export { LheoRecordError };
