import { graphql, readFragment, type FragmentOf } from "@/graphql/graphql";

/** A filter value with its count, as the graph's facets give it. */
export const FacetteFragment = graphql(`
  fragment Facette on FacetteValeur {
    valeur
    libelle
    nombre
  }
`);

export type Facette = { valeur: string; libelle: string; nombre: number };

/** The facet values, unmasked. */
export const facettes = (values: readonly FragmentOf<typeof FacetteFragment>[] | undefined | null): Facette[] | undefined => values?.map((v) => readFragment(FacetteFragment, v));

/**
 * The options of a filter: the facet values with their counts when the graph gives them, else the
 * fixed list; the value chosen stays an option even when its count is not listed.
 */
export function optionsAvecNombres(values: Facette[] | undefined, fixes: readonly (readonly [string, string])[], choisie: string | undefined): [string, string][] {
  const options: [string, string][] = values ? values.map((v) => [v.valeur, `${v.libelle} (${v.nombre})`]) : fixes.map(([valeur, libelle]) => [valeur, libelle]);
  if (choisie && !options.some(([valeur]) => valeur === choisie)) options.unshift([choisie, values ? `${fixes.find(([v]) => v === choisie)?.[1] ?? choisie} (0)` : choisie]);
  return options;
}

/** The count of one value, " (12)", or nothing when the graph gives no facets here. */
export function nombreDe(values: Facette[] | undefined, valeur: string): string {
  if (!values) return "";
  return ` (${values.find((v) => v.valeur === valeur)?.nombre ?? 0})`;
}
