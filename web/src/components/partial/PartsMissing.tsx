import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { serviceLabel } from "@/graphql/services";
import { PageStatus } from "./PageStatus";

/**
 * Says which part of the page is missing when a partner's service did not answer: the rest of the
 * page shows what the others gave. When nothing could be had (the gateway down), says that.
 */
export function PartsMissing({ missing, failure }: { missing: string[]; failure?: string }) {
  if (failure) {
    return (
      <div className="fr-alert fr-alert--error fr-mb-4w">
        <PageStatus status={503} />
        <h2 className="fr-alert__title">Le service ne répond pas</h2>
        <p>Les données de l&apos;orientation ne peuvent pas être chargées pour l&apos;instant. Réessayez dans quelques minutes.</p>
      </div>
    );
  }
  if (missing.length === 0) return null;
  return (
    <Alert
      className="fr-mb-4w"
      severity="warning"
      as="h2"
      title="Une partie des informations est momentanément indisponible"
      description={
        <>
          Le service qui fournit {missing.map(serviceLabel).join(", ")} ne répond pas pour l&apos;instant. Cette page montre ce que les autres
          partenaires ont transmis ; réessayez dans quelques minutes pour la voir en entier.
        </>
      }
    />
  );
}
