import { Link } from "@/components/link/Link";
import { formatCount } from "@/lib/format";
import { withParams } from "@/lib/search-params";
import { criteresParams, pourType, type Criteres, type TypeResultat } from "./criteres";

/** Where a search looks, in a sentence: "Recherche « bois » parmi les métiers". */
export const PARMI: Record<TypeResultat, string> = {
  metiers: "parmi les métiers",
  formations: "parmi les formations",
  offres: "en formation continue",
  etablissements: "parmi les établissements",
};

export const LIBELLES_TYPE: Record<TypeResultat, string> = {
  metiers: "Métiers",
  formations: "Formations",
  offres: "Formation continue",
  etablissements: "Établissements",
};

/** The kinds of result as links (the current one marked), with their number when the page knows it. */
export function Onglets({ criteres, totaux }: { criteres: Criteres; totaux: Partial<Record<TypeResultat, number>> }) {
  const entries: [TypeResultat | undefined, string][] = [[undefined, "Tout"], ...(Object.entries(LIBELLES_TYPE) as [TypeResultat, string][])];
  return (
    <nav aria-label="Type de résultats" className="fr-mb-3w">
      <ul className="fr-tags-group">
        {entries.map(([type, libelle]) => {
          const total = type ? totaux[type] : undefined;
          const current = criteres.type === type;
          return (
            <li key={libelle}>
              <Link className="fr-tag" href={withParams("/recherche", criteresParams(pourType(criteres, type)))} aria-current={current ? "page" : undefined}>
                {libelle}
                {total !== undefined && ` (${formatCount(total)})`}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
