export { onisep } from "./definition";
export { buildOnisepSchema } from "./schema";
export type { OnisepModels, OnisepContext } from "./context";
export type { MetierDoc } from "./metier/metier.model";
export type { FormationDoc } from "./formation/formation.model";
