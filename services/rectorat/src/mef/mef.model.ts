import { Schema, type Connection, type Model } from "mongoose";
import { provenanceSchema, type Provenance } from "@prisme/common";

/** A row of the BCN N_MEF table: a module of formation (MEF) and the diploma (CFD) it leads to. */
export interface MefDoc {
  mef: string;
  mefStat11: string;
  /** FORMATION_DIPLOME: the diploma code (CFD), the join with Certif Info and Onisep. */
  cfd: string;
  libelleCourt: string | null;
  libelleLong: string | null;
  dureeDispositif: number | null;
  dateFermeture: string | null;
  provenance: Provenance;
}

export const mefSchema = new Schema<MefDoc>(
  {
    mef: { type: String, required: true, unique: true },
    mefStat11: { type: String, required: true, index: true },
    cfd: { type: String, required: true, index: true },
    libelleCourt: { type: String, default: null },
    libelleLong: { type: String, default: null },
    dureeDispositif: { type: Number, default: null },
    dateFermeture: { type: String, default: null },
    provenance: { type: provenanceSchema, required: true },
  },
  { collection: "mefs", versionKey: false },
);

export const mefModel = (connection: Connection): Model<MefDoc> => connection.models.Mef ?? connection.model<MefDoc>("Mef", mefSchema);
