import { badUserInput } from "@prisme/common";
import { checkCodeRome } from "../common/identifiers";
import { normalizeRncp } from "../common/rncp";
import type { OffreCriteria } from "../search/offre-search.criteria";
import type { OffresArgs, PointRayon } from "./offres.args";

/** Checks the arguments of offres(…) before any search: a typo must say so, not look like "no offers". */
export function criteriaFromArgs(args: OffresArgs): OffreCriteria {
  const criteria: OffreCriteria = { ...args };
  if (args.codeRome != null) criteria.codeRome = checkCodeRome(args.codeRome);
  if (args.formacode != null && !/^\d{5}$/.test(args.formacode.trim())) {
    throw badUserInput(`"${args.formacode}" is not a valid Formacode: expected 5 digits, e.g. 31054.`, "formacode");
  }
  if (args.codeRncp != null) {
    criteria.codeRncp = normalizeRncp(args.codeRncp);
    if (!criteria.codeRncp) throw badUserInput(`"${args.codeRncp}" is not a valid RNCP number: expected something like 37674 or RNCP37674.`, "codeRncp");
  }
  if (args.texte != null && args.texte.length > 200) throw badUserInput(`"texte" is limited to 200 characters (got ${args.texte.length}).`, "texte");
  if (args.autourDe) checkPointRayon(args.autourDe);
  return criteria;
}

/** Checks an autourDe argument: a WGS 84 point and a radius of more than 0 and at most 200 km. */
export function checkPointRayon(point: PointRayon): PointRayon {
  if (!(Math.abs(point.latitude) <= 90) || !(Math.abs(point.longitude) <= 180)) {
    throw badUserInput(`autourDe: (${point.latitude}, ${point.longitude}) is not a WGS 84 point (latitude −90…90, longitude −180…180).`, "autourDe");
  }
  if (!(point.rayonKm > 0 && point.rayonKm <= 200)) throw badUserInput(`autourDe.rayonKm must be more than 0 and at most 200 (got ${point.rayonKm}).`, "autourDe");
  return point;
}
