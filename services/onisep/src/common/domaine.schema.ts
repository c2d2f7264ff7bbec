import { Schema } from "mongoose";
import type { DomaineSousDomaine } from "./text";

/** A domaine/sous-domaine pair as stored in métiers and formations. */
export const domaineSousDomaineSchema = new Schema<DomaineSousDomaine>(
  { domaine: { type: String, required: true }, sousDomaine: { type: String, default: null } },
  { _id: false },
);
