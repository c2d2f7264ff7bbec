import { Link } from "@/components/link/Link";
import type { Lieu } from "@/lib/lieu";

/** "Autour de Clermont-Ferrand, 30 km · Changer de lieu": the place the page uses, and a way to change it. */
export function LieuResume({ lieu, nomCommune, changer }: { lieu: Lieu; nomCommune?: string | null; changer: string }) {
  const ou = nomCommune ? `de ${nomCommune}` : "de votre position";
  return (
    <p className="fr-mb-2w">
      <span className="fr-icon-map-pin-2-line fr-mr-1w" aria-hidden="true" />
      Autour {ou}, dans un rayon de {lieu.rayonKm} km.{" "}
      <Link href={changer} className="fr-link">
        Changer de lieu
      </Link>
    </p>
  );
}
