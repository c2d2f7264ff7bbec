import { Link } from "@/components/link/Link";
import { PageStatus } from "./PageStatus";
import { PartsMissing } from "./PartsMissing";

/**
 * A page whose main record cannot be had: its partner (or the gateway) did not answer. The page
 * says so, with a way on, never a blank page (status 503, see PageStatus).
 */
export function Indisponible({ titre, missing }: { titre: string; missing: string[] }) {
  return (
    <>
      <PageStatus status={503} />
      <h1>{titre} momentanément indisponible</h1>
      {missing.length > 0 ? (
        <PartsMissing missing={missing} />
      ) : (
        <div className="fr-alert fr-alert--error fr-mb-4w">
          <h2 className="fr-alert__title">Le service ne répond pas</h2>
          <p>Les données de l&apos;orientation ne peuvent pas être chargées pour l&apos;instant. Réessayez dans quelques minutes.</p>
        </div>
      )}
      <p>
        <Link className="fr-link" href="/">
          Revenir à l&apos;accueil
        </Link>
      </p>
    </>
  );
}
