import { onisepIdFromUrl, CODE_ROME } from "../../common/identifiers";
import { domaineKey, orNull, splitDomaines } from "../../common/text";
import type { PublicationDoc } from "../../metier/metier.model";
import { pick, type SourceRecord } from "../source-file";

export const METIERS_FIELDS = [["libelle_metier"], ["lien_site_onisepfr", "lien_site_onisep_fr", "url_et_id_onisep"]];

/** "menuisier / menuisière" → masculine and feminine forms as written; one form serves both. */
export function libelleForms(libelle: string): { libelleMasculin: string; libelleFeminin: string } {
  const parts = libelle.split(" / ");
  return parts.length === 2 ? { libelleMasculin: parts[0].trim(), libelleFeminin: parts[1].trim() } : { libelleMasculin: libelle, libelleFeminin: libelle };
}

const DOMAINE_PROFESSIONNEL = /^[A-N]\d{2}$/;

const splitList = (cell: string) => cell.split("|").map((part) => part.trim()).filter(Boolean);

/**
 * The export has one row per publication presenting a métier: rows sharing a MET id merge into
 * one métier (ROME codes and domaines united, publications listed once each).
 */
export function mergeMetierRows(rows: SourceRecord[], reject: (where: string, reason: string) => void): Map<string, Record<string, unknown>> {
  const metiers = new Map<string, Record<string, unknown>>();
  for (const row of rows) {
    const url = pick(row.fields, "lien_site_onisepfr", "lien_site_onisep_fr", "url_et_id_onisep");
    const id = onisepIdFromUrl(url, "MET");
    const libelle = pick(row.fields, "libelle_metier");
    if (!id) {
      reject(row.where, `no MET.nnn id in the onisep.fr link "${url}"`);
      continue;
    }
    if (!libelle) {
      reject(row.where, `${id}: empty libellé`);
      continue;
    }
    const allCodes = splitList(pick(row.fields, "code_rome")).map((code) => code.toUpperCase());
    const bad = allCodes.find((code) => !CODE_ROME.test(code) && !DOMAINE_PROFESSIONNEL.test(code));
    if (bad) {
      reject(row.where, `${id}: "${bad}" is not a ROME code`);
      continue;
    }
    // A few rows give a domaine professionnel ("A15", "K15") where a fiche code belongs: kept out
    // of codesRome (other subgraphs join on full codes), its libellé dropped with it.
    const allLibelles = splitList(pick(row.fields, "libelle_rome"));
    const codes = allCodes.filter((code) => CODE_ROME.test(code));
    const libellesRome = allCodes.map((code, index) => (CODE_ROME.test(code) ? (allLibelles[index] ?? "") : null)).filter((l): l is string => l !== null);
    const metier = metiers.get(id) ?? {
      id,
      libelle,
      ...libelleForms(libelle),
      codesRome: [] as string[],
      libellesRome: [] as string[],
      domaines: [] as ReturnType<typeof splitDomaines>,
      gfe: orNull(pick(row.fields, "gfe")),
      publications: [] as PublicationDoc[],
      urlOnisep: url.replace(/^http:/, "https:"),
    };
    metiers.set(id, metier);
    const codesRome = metier.codesRome as string[];
    codes.forEach((code, index) => {
      if (codesRome.includes(code)) return;
      codesRome.push(code);
      (metier.libellesRome as string[]).push(libellesRome[index] ?? "");
    });
    const domaines = metier.domaines as ReturnType<typeof splitDomaines>;
    for (const pair of splitDomaines(pick(row.fields, "domainesous_domaine", "domaine_sous_domaine"))) {
      if (!domaines.some((d) => domaineKey(d.domaine, d.sousDomaine) === domaineKey(pair.domaine, pair.sousDomaine))) domaines.push(pair);
    }
    const titre = pick(row.fields, "nom_publication");
    const publications = metier.publications as PublicationDoc[];
    if (titre && !publications.some((p) => p.titre === titre)) {
      const annee = Number(pick(row.fields, "annee"));
      publications.push({ titre, nomCollection: orNull(pick(row.fields, "collection")), annee: Number.isInteger(annee) && annee > 0 ? annee : null, gencod: orNull(pick(row.fields, "gencod")) });
    }
  }
  return metiers;
}
