/** Lower-case, accent-free, punctuation-free text: the form under which names are compared. */
export function normalizeKey(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** A source field name (CSV header, XML tag or API JSON key) as one snake_case key. */
export function fieldKey(name: string): string {
  return normalizeKey(name.replace(/^\uFEFF/, "")).replace(/ /g, "_");
}

export interface DomaineSousDomaine {
  domaine: string;
  sousDomaine: string | null;
}

/**
 * Splits Onisep's "domaine/sous-domaine| domaine/sous-domaine" cells. The formations export
 * writes domaines with " - " where the métiers export writes ", " ("santé - social - sport" vs
 * "santé, social, sport"): pairs are kept as written, compared through domaineKey().
 */
export function splitDomaines(cell: string | undefined | null): DomaineSousDomaine[] {
  if (!cell) return [];
  const pairs: DomaineSousDomaine[] = [];
  const seen = new Set<string>();
  for (const part of cell.split("|")) {
    const text = part.trim();
    if (!text) continue;
    const slash = text.indexOf("/");
    const pair = slash < 0 ? { domaine: text, sousDomaine: null } : { domaine: text.slice(0, slash).trim(), sousDomaine: text.slice(slash + 1).trim() || null };
    const key = domaineKey(pair.domaine, pair.sousDomaine);
    if (seen.has(key)) continue;
    pairs.push(pair);
    seen.add(key);
  }
  return pairs;
}

/** The comparison key of a domaine (and optionally its sous-domaine), whatever the export's punctuation. */
export function domaineKey(domaine: string, sousDomaine?: string | null): string {
  return sousDomaine ? `${normalizeKey(domaine)}/${normalizeKey(sousDomaine)}` : normalizeKey(domaine);
}

/** The keys a record is found under by a domaine filter: each domaine alone and each domaine/sous-domaine pair. */
export function domaineKeys(pairs: DomaineSousDomaine[]): string[] {
  const keys = new Set<string>();
  for (const pair of pairs) {
    keys.add(domaineKey(pair.domaine));
    if (pair.sousDomaine) keys.add(domaineKey(pair.domaine, pair.sousDomaine));
  }
  return [...keys];
}

/** Only the domaine/sous-domaine pair keys: what links a métier to formations when no ROME code does. */
export function sousDomaineKeys(pairs: DomaineSousDomaine[]): string[] {
  return pairs.filter((p) => p.sousDomaine).map((p) => domaineKey(p.domaine, p.sousDomaine));
}

/** A trimmed value, or null when empty. */
export const orNull = (value: string | undefined | null): string | null => (value && value.trim() ? value.trim() : null);
