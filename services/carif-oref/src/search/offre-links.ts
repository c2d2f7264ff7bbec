/** The codes an offer is reached by from another subgraph's entity (Metier, Rome, Commune, Etablissement…). */
export const LINK_FIELDS = ["codesRome", "codesInsee", "codesUai", "siretOrganisme", "codesCertifInfo", "codesRncp"] as const;
export type LinkField = (typeof LINK_FIELDS)[number];

/** Which codes to look up, field by field: the offers carrying any of them. */
export type LinkQuery = Partial<Record<LinkField, readonly string[]>>;

type Linked = { id: string; intitule: string } & Partial<Record<LinkField, string | string[] | null>>;

/**
 * The current offers by each code that links them to another entity, held next to the search
 * index: FerretDB reads every offer of the collection for a filter on an array field, so
 * `Commune.offres` or `Metier.offres` look the codes up here and then read only the page of offers
 * they return, by _id. Lists are sorted by intitulé, then numero.
 */
export class OffreLinks {
  private readonly offres: { id: string; intitule: string }[] = [];
  private readonly byField = new Map<LinkField, Map<string, string[]>>(LINK_FIELDS.map((field) => [field, new Map()]));
  private rank = new Map<string, number>();

  add(offre: Linked): void {
    this.offres.push({ id: offre.id, intitule: offre.intitule });
    for (const field of LINK_FIELDS) {
      const value = offre[field];
      const codes = Array.isArray(value) ? value : value ? [value] : [];
      const index = this.byField.get(field)!;
      for (const code of new Set(codes)) {
        const ids = index.get(code);
        if (ids) ids.push(offre.id);
        else index.set(code, [offre.id]);
      }
    }
  }

  /** Orders every list once all offers are added. */
  seal(): this {
    this.offres.sort((a, b) => a.intitule.localeCompare(b.intitule, "fr") || (a.id < b.id ? -1 : 1));
    this.rank = new Map(this.offres.map((o, i) => [o.id, i]));
    for (const index of this.byField.values()) for (const ids of index.values()) ids.sort(this.byRank);
    return this;
  }

  /** The ids of the current offers carrying any of the codes asked, each once, by intitulé then numero. */
  ids(query: LinkQuery): string[] {
    const lists = Object.entries(query).flatMap(([field, codes]) => codes!.map((code) => this.byField.get(field as LinkField)?.get(code) ?? []));
    if (lists.length === 1) return lists[0]!;
    return [...new Set(lists.flat())].sort(this.byRank);
  }

  private readonly byRank = (a: string, b: string) => this.rank.get(a)! - this.rank.get(b)!;
}
