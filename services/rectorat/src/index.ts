export { rectorat } from "./definition";
export { buildRectoratSchema } from "./schema";
export type { RectoratModels, RectoratContext } from "./context";
export type { EtablissementDoc } from "./etablissement/etablissement.model";
export type { RectoratState } from "./read-model/rectorat.read-model";
