import { badUserInput, cercleProximite, verifierIdentifiant, type CentreDeCommune, type Table, type TableQuery } from "@prisme/common";
import type { FormacodeDoc } from "../formacode/formacode.model";
import { formacodeEtPlusPrecis } from "../read-model/formacode.table";
import type { OffresArgs } from "./offres.args";

const MOIS = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Checks the arguments of offres(…) and turns them into a read-model query: a typo must say so, not look like "no offers". */
export async function offreQuery(args: OffresArgs, centreDe: CentreDeCommune, facets: string[] = [], formacodes?: Table<FormacodeDoc>): Promise<TableQuery> {
  const where: NonNullable<TableQuery["where"]> = {};
  if (args.codeRome != null) where.codeRome = [verifierIdentifiant("codeRome", args.codeRome, "codeRome")];
  if (args.formacode != null) {
    const code = verifierIdentifiant("formacode", args.formacode, "formacode");
    // An offer indexed under a narrower term (COMPTABILITE GENERALE under COMPTABILITE) is about the term too.
    where.formacode = formacodes ? formacodeEtPlusPrecis(formacodes, code) : [code];
  }
  if (args.codeRncp != null) where.codeRncp = [verifierIdentifiant("codeRncp", args.codeRncp, "codeRncp")];
  if (args.certifiante != null) where.certifiante = [args.certifiante];
  if (args.modalite != null) where.modalite = [args.modalite];
  if (args.financeur != null) {
    if (!/^\d{1,2}$/.test(args.financeur.trim())) throw badUserInput(`"${args.financeur}" is not an LHEO dict-financeurs code: expected a number such as 2 (conseil régional).`, "financeur");
    where.financeur = [args.financeur.trim()];
  }
  if (args.departement != null) where.departement = [verifierIdentifiant("codeDepartement", args.departement, "departement")];
  if (args.moisDebut != null) {
    if (!MOIS.test(args.moisDebut.trim())) throw badUserInput(`"${args.moisDebut}" is not a month: expected YYYY-MM, e.g. 2027-09.`, "moisDebut");
    where.moisDebut = [args.moisDebut.trim()];
  }
  if (args.recrutementOuvert) where.recrutementOuvert = [true];
  if (args.recherche != null && args.texte != null) throw badUserInput("Give recherche only (texte is its former name).", "texte");
  const text = args.recherche ?? args.texte ?? null;
  if (text != null && text.length > 200) throw badUserInput(`"recherche" is limited to 200 characters (got ${text.length}).`, args.recherche != null ? "recherche" : "texte");
  if (args.proximite && args.autourDe) throw badUserInput("Give proximite only (autourDe is its former name).", "autourDe");
  const near = args.proximite ? await cercleProximite(args.proximite, centreDe) : await cercleProximite(args.autourDe ?? null, centreDe, "autourDe");
  return {
    text: text?.trim() || null,
    where,
    range: args.debutApres ? { dernierDebut: { min: Number(args.debutApres.replaceAll("-", "")) } } : undefined,
    near,
    // Nearest first whenever a place is given, even with a text.
    order: near ? "distance" : null,
    facets,
  };
}
