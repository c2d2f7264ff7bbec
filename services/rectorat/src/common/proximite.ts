import { badUserInput, cercleProximite, type CentreDeCommune, type Circle, type ProximiteInput } from "@prisme/common";
import { checkPresDe, type PresDeInput } from "./pres-de.input";

/** What a list sorted by distance takes: proximite, or its deprecated form presDe. */
export interface ArgumentsProximite {
  proximite?: ProximiteInput | null;
  presDe?: PresDeInput | null;
}

/** The deprecation reason of every presDe argument. */
export const PRES_DE_DEPRECIE = "Use proximite: { latitude, longitude, rayonKm } (or codeCommune).";

/** The circle a list is restricted to and sorted by (null without one); a commune's centre is asked with `centreDe`. */
export async function cercleDemande(args: ArgumentsProximite, centreDe: CentreDeCommune): Promise<Circle | null> {
  if (args.proximite && args.presDe) throw badUserInput("Give proximite or presDe (its deprecated form), not both.", "proximite");
  return args.presDe ? checkPresDe(args.presDe) : cercleProximite(args.proximite, centreDe);
}
