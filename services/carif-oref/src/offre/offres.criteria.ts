import { badUserInput, type TableQuery } from "@prisme/common";
import { checkCodeRome } from "../common/identifiers";
import { normalizeRncp } from "../common/rncp";
import type { OffresArgs } from "./offres.args";

/** Checks the arguments of offres(…) and turns them into a read-model query: a typo must say so, not look like "no offers". */
export function offreQuery(args: OffresArgs): TableQuery {
  const where: NonNullable<TableQuery["where"]> = {};
  if (args.codeRome != null) where.codeRome = [checkCodeRome(args.codeRome)];
  if (args.formacode != null) {
    if (!/^\d{5}$/.test(args.formacode.trim())) throw badUserInput(`"${args.formacode}" is not a valid Formacode: expected 5 digits, e.g. 31054.`, "formacode");
    where.formacode = [args.formacode.trim()];
  }
  if (args.codeRncp != null) {
    const rncp = normalizeRncp(args.codeRncp);
    if (!rncp) throw badUserInput(`"${args.codeRncp}" is not a valid RNCP number: expected something like 37674 or RNCP37674.`, "codeRncp");
    where.codeRncp = [rncp];
  }
  if (args.certifiante != null) where.certifiante = [args.certifiante];
  if (args.modalite != null) where.modalite = [args.modalite];
  if (args.recrutementOuvert) where.recrutementOuvert = [true];
  if (args.texte != null && args.texte.length > 200) throw badUserInput(`"texte" is limited to 200 characters (got ${args.texte.length}).`, "texte");
  const point = args.autourDe;
  if (point) {
    if (!(Math.abs(point.latitude) <= 90) || !(Math.abs(point.longitude) <= 180)) {
      throw badUserInput(`autourDe: (${point.latitude}, ${point.longitude}) is not a WGS 84 point (latitude −90…90, longitude −180…180).`, "autourDe");
    }
    if (!(point.rayonKm > 0 && point.rayonKm <= 200)) throw badUserInput(`autourDe.rayonKm must be more than 0 and at most 200 (got ${point.rayonKm}).`, "autourDe");
  }
  return {
    text: args.texte?.trim() || null,
    where,
    range: args.debutApres ? { dernierDebut: { min: Number(args.debutApres.replaceAll("-", "")) } } : undefined,
    near: point ? { latitude: point.latitude, longitude: point.longitude, rayonKm: point.rayonKm } : null,
    // Nearest first whenever a point is given, even with a text.
    order: point ? "distance" : null,
  };
}
