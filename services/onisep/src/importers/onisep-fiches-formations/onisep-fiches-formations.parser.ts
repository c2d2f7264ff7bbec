import { sanitizedHtml } from "../../common/html.sanitizer";
import type { FicheFormationDoc } from "../../formation/fiche-formation.model";

export type FicheFormationRecord = Omit<FicheFormationDoc, "_id" | "provenance">;

const text = (value: unknown, field: string): string | null => {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") throw new Error(`${field} is not a text`);
  return value;
};

/** Maps one fiche (its FOR id and { desc, acces, poursuites, poursuiteList }), HTML sanitised; throws the reason when it cannot. */
export function parseFicheFormation(id: string, value: unknown): FicheFormationRecord {
  if (!/^FOR\.\d{1,6}$/.test(id)) throw new Error(`"${id}" is not an Onisep formation id (FOR.nnnn)`);
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new Error("the fiche is not an object");
  const fiche = value as Record<string, unknown>;
  const list = fiche.poursuiteList ?? [];
  if (!Array.isArray(list) || list.some((item) => typeof item !== "string")) throw new Error("poursuiteList is not a list of texts");
  const record = {
    idFormation: id,
    description: sanitizedHtml(text(fiche.desc, "desc")),
    acces: sanitizedHtml(text(fiche.acces, "acces")),
    poursuitesEtudes: sanitizedHtml(text(fiche.poursuites, "poursuites")),
    poursuitesPossibles: (list as string[]).map((item) => item.trim()).filter(Boolean),
  };
  if (!record.description && !record.acces && !record.poursuitesEtudes && record.poursuitesPossibles.length === 0) throw new Error("the fiche holds nothing");
  return record;
}
