export { region } from "./definition";
export { buildRegionSchema } from "./schema";
export { seedRegionDemo } from "./demo/seed";
export {
  loadDecoupageAdministratif,
  DECOUPAGE_SOURCE,
  type DecoupageLoadReport,
} from "./territoire/decoupage.loader";
export type { RegionModels, RegionContext } from "./context";
export type { RegionDoc } from "./region/region.model";
export type { DepartementDoc } from "./departement/departement.model";
export type { CommuneDoc } from "./commune/commune.model";
export { assurerTerritoire } from "./territoire/territoire.assure";
