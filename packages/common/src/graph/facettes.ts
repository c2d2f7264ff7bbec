import type { GraphQLResolveInfo, SelectionSetNode } from "graphql";
import type { FacetCount } from "../read-model/table";

/** The names of the sub-fields of `facettes` the request selects (facets cost a pass over the matches: only those asked are counted). */
export function facettesDemandees(info: GraphQLResolveInfo, field = "facettes"): string[] {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined, inside: boolean) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === "Field") {
        if (inside) names.add(selection.name.value);
        else if (selection.name.value === field) visit(selection.selectionSet, true);
      } else if (selection.kind === "InlineFragment") visit(selection.selectionSet, inside);
      else if (selection.kind === "FragmentSpread") visit(info.fragments[selection.name.value]?.selectionSet, inside);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, false);
  names.delete("__typename");
  return [...names];
}

/** A facet's counts as FacetteValeur objects, each value with its label. */
export function facetteValeurs(counts: FacetCount[] | undefined, libelle: (valeur: string) => string = (v) => v) {
  return (counts ?? []).map((count) => ({ valeur: String(count.value), libelle: libelle(String(count.value)), nombre: count.count }));
}
