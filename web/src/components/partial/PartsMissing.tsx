import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { SERVICES, serviceLabel } from "@/graphql/services";
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
  // Always in the same order, whatever order the errors came in: "a, b et c".
  const order = Object.keys(SERVICES);
  const labels = [...missing].sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99)).map(serviceLabel);
  const liste = labels.length > 1 ? `${labels.slice(0, -1).join(", ")} et ${labels[labels.length - 1]}` : labels[0];
  return (
    <Alert
      className="fr-mb-4w"
      severity="warning"
      as="h2"
      title="Une partie des informations est momentanément indisponible"
      description={
        <>
          {missing.length > 1 ? "Les services qui fournissent" : "Le service qui fournit"} {liste} ne {missing.length > 1 ? "répondent" : "répond"} pas pour l&apos;instant. Cette page montre ce que les autres
          partenaires ont transmis ; réessayez dans quelques minutes pour la voir en entier.
        </>
      }
    />
  );
}
