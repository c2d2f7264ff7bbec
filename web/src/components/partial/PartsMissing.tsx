import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { serviceLabel } from "@/graphql/services";

/**
 * Says which part of the page is missing when a partner's service did not answer: the rest of the
 * page shows what the others gave.
 */
export function PartsMissing({ missing }: { missing: string[] }) {
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
