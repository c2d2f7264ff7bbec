export { carifOref } from "./definition";
export { buildCarifOrefSchema } from "./schema";
export { EtatRecrutement } from "./offre/etat-recrutement.enum";
export type { CarifOrefModels, CarifOrefContext } from "./context";
export type { OffreDoc } from "./offre/offre.model";
export type { SessionDoc } from "./offre/session.model";
