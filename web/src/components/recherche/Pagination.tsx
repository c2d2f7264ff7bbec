import { Link } from "@/components/link/Link";
import { withParams } from "@/lib/search-params";
import { criteresParams, type Criteres } from "./criteres";

/** Forward through the results with the graph's cursor, and back to the first page. */
export function Pagination({ criteres, endCursor, hasNextPage }: { criteres: Criteres; endCursor: string | null; hasNextPage: boolean }) {
  if (!hasNextPage && !criteres.apres) return null;
  return (
    <nav aria-label="Pages de résultats" className="fr-my-4w">
      <ul className="fr-btns-group fr-btns-group--inline-md">
        {criteres.apres && (
          <li>
            <Link className="fr-btn fr-btn--secondary" href={withParams("/recherche", criteresParams({ ...criteres, apres: undefined }))}>
              Revenir aux premiers résultats
            </Link>
          </li>
        )}
        {hasNextPage && endCursor && (
          <li>
            <Link className="fr-btn" href={withParams("/recherche", criteresParams({ ...criteres, apres: endCursor }))}>
              Résultats suivants
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
