import { Link } from "@/components/link/Link";
import type { ReactNode } from "react";
import { plural } from "@/lib/format";
import { ResultGrid } from "./ResultGrid";

/** One kind of result on a page: a heading with the count, the first ones, and where to see them all. */
export function Section({
  id,
  titre,
  total,
  unite,
  vide,
  plus,
  ordre = "du plus proche au plus éloigné",
  intro,
  children,
}: {
  id: string;
  titre: string;
  total: number | undefined;
  unite: [string, string];
  vide: ReactNode;
  plus?: string;
  /** How the list is sorted, said after the count ("du plus proche au plus éloigné"). */
  ordre?: string;
  intro?: ReactNode;
  children: ReactNode[];
}) {
  return (
    <section className="fr-mb-6w" aria-labelledby={id}>
      <h2 id={id}>{titre}</h2>
      {intro}
      {total === undefined ? null : total === 0 ? (
        <p>{vide}</p>
      ) : (
        <>
          <p>
            {plural(total, unite[0], unite[1])}
            {ordre ? `, ${ordre}` : ""}.
          </p>
          <ResultGrid>{children}</ResultGrid>
          {plus && total > children.length && (
            <Link className="fr-link fr-icon-arrow-right-line fr-link--icon-right" href={plus}>
              Voir les {plural(total, unite[0], unite[1])}
            </Link>
          )}
        </>
      )}
    </section>
  );
}
