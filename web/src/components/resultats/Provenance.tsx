import { formatInstantDay } from "@/lib/format";

/** Where the record comes from and when it was refreshed: every record of the graph says so. */
export function Provenance({ provenance }: { provenance: { producteur: string; jeuDeDonnees: string; miseAJour: string } }) {
  return (
    <p className="fr-text--xs fr-mb-0 prisme-provenance">
      Source : {provenance.producteur}, {provenance.jeuDeDonnees} (mis à jour le {formatInstantDay(provenance.miseAJour)}).
    </p>
  );
}
