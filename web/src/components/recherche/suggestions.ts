// The suggestions as one flat list of options in groups: what the listbox shows and where each one leads.
import type { ResultOf } from "@/graphql/graphql";
import { lieuParams, RAYON_PAR_DEFAUT_KM } from "@/lib/lieu";
import { withParams } from "@/lib/search-params";
import type { SuggestionsQuery } from "./suggestions.query";

export interface Suggestion {
  key: string;
  groupe: string;
  libelle: string;
  detail?: string;
  href: string;
}

export const MIN_CHARS = 2;
export const MAX_CHARS = 100;

/** The options to show, grouped in this order: métiers, formations, formation continue, établissements, communes. */
export function toSuggestions(data: Partial<ResultOf<typeof SuggestionsQuery>> | null | undefined): Suggestion[] {
  if (!data) return [];
  const list: Suggestion[] = [];
  for (const m of data.metiers?.nodes ?? []) list.push({ key: `m-${m.id}`, groupe: "Métiers", libelle: m.libelle, href: `/metiers/${encodeURIComponent(m.id)}` });
  for (const f of data.formations?.nodes ?? []) list.push({ key: `f-${f.id}`, groupe: "Formations", libelle: f.libelle, href: `/formations/${encodeURIComponent(f.id)}` });
  for (const o of data.offres?.nodes ?? []) {
    const villes = [...new Set(o.lieux.map((l) => l.adresse.ville).filter(Boolean))].join(", ");
    list.push({ key: `o-${o.id}`, groupe: "Formation continue", libelle: o.intitule, detail: villes || undefined, href: `/offres/${encodeURIComponent(o.id)}` });
  }
  for (const e of data.etablissements?.nodes ?? []) list.push({ key: `e-${e.uai}`, groupe: "Établissements", libelle: e.nom, detail: e.adresse?.localite ?? undefined, href: `/etablissements/${encodeURIComponent(e.uai)}` });
  for (const c of data.communes?.nodes ?? []) {
    if (!c.nom) continue;
    const href = c.centre
      ? withParams("/pres-de-chez-moi", lieuParams({ commune: c.code, latitude: c.centre.latitude, longitude: c.centre.longitude, rayonKm: RAYON_PAR_DEFAUT_KM }))
      : withParams("/pres-de-chez-moi", { lieu: c.nom });
    list.push({ key: `c-${c.code}`, groupe: "Près de chez moi", libelle: c.nom, detail: c.codesPostaux?.join(", ") || undefined, href });
  }
  return list;
}
