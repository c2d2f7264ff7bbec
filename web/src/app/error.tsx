"use client";
// The page could not be built at all (the gateway unreachable, or refusing the request): a DSFR
// error page with a way to try again, never a stack trace.
import { useEffect } from "react";
import { Link } from "@/components/link/Link";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    document.title = "Service momentanément indisponible – Prisme";
  }, []);
  return (
    <div className="fr-my-4w">
      <h1>Service momentanément indisponible</h1>
      <p className="fr-text--sm fr-mb-3w">Erreur {error.digest ? `(référence ${error.digest})` : ""}</p>
      <p className="fr-text--lead fr-mb-3w">Les données de l&apos;orientation ne peuvent pas être chargées pour l&apos;instant. Réessayez dans quelques minutes.</p>
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <button type="button" className="fr-btn" onClick={reset}>
            Réessayer
          </button>
        </li>
        <li>
          <Link className="fr-btn fr-btn--secondary" href="/">
            Page d&apos;accueil
          </Link>
        </li>
      </ul>
    </div>
  );
}
