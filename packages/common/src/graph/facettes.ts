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

/**
 * Whether the request selects the page's records (`nodes` or `edges`) of the connection being resolved:
 * a count or facets alone need no record read from the database.
 */
export function pageDemandee(info: GraphQLResolveInfo): boolean {
  const visit = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) =>
      selection.kind === "Field"
        ? selection.name.value === "nodes" || selection.name.value === "edges"
        : selection.kind === "InlineFragment"
          ? visit(selection.selectionSet)
          : visit(info.fragments[selection.name.value]?.selectionSet),
    );
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}

/** A facet's counts as FacetteValeur objects, each value with its label. */
export function facetteValeurs(counts: FacetCount[] | undefined, libelle: (valeur: string) => string = (v) => v) {
  return (counts ?? []).map((count) => ({ valeur: String(count.value), libelle: libelle(String(count.value)), nombre: count.count }));
}
