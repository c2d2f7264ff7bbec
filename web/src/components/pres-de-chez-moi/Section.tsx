import { Link } from "@/components/link/Link";
import type { ReactNode } from "react";
import { plural } from "@/lib/format";
import { ResultGrid } from "../resultats/ResultGrid";

/** One kind of thing near the place: a heading with the count, the nearest ones, and where to see them all. */
export function Section({ id, titre, total, unite, vide, plus, children }: { id: string; titre: string; total: number | undefined; unite: [string, string]; vide: string; plus?: string; children: ReactNode[] }) {
  return (
    <section className="fr-mb-6w" aria-labelledby={id}>
      <h2 id={id}>{titre}</h2>
      {total === undefined ? null : total === 0 ? (
        <p>{vide}</p>
      ) : (
        <>
          <p>
            {plural(total, unite[0], unite[1])}, du plus proche au plus éloigné.
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
