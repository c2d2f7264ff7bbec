import { Link } from "@/components/link/Link";
import { lieuParams } from "@/lib/lieu";
import { retourAvecLieu } from "./retour";

interface Choice {
  code: string;
  nom: string;
  codesPostaux: readonly string[];
  centre: { latitude: number; longitude: number } | null;
  departement: { nom: string | null } | null;
}

/** The communes that match what was typed, each a link that comes back with that commune chosen. */
export function CommuneChoices({ typed, communes, retour, rayonKm }: { typed: string; communes: readonly Choice[]; retour: string; rayonKm: number }) {
  const located = communes.filter((c) => c.centre);
  if (located.length === 0) {
    return (
      <div className="fr-alert fr-alert--info fr-mb-4w">
        <h2 className="fr-alert__title">Aucune commune trouvée pour « {typed} »</h2>
        <p>Vérifiez l&apos;orthographe, ou indiquez le code postal (par exemple 63000).</p>
      </div>
    );
  }
  return (
    <section className="fr-mb-4w" aria-labelledby="choix-commune">
      <h2 id="choix-commune">Plusieurs communes correspondent à « {typed} »</h2>
      <p>Choisissez la vôtre :</p>
      <ul>
        {located.map((commune) => (
          <li key={commune.code}>
            <Link
              className="fr-link"
              href={retourAvecLieu(retour, lieuParams({ commune: commune.code, latitude: commune.centre!.latitude, longitude: commune.centre!.longitude, rayonKm }))}
            >
              {commune.nom} ({[commune.codesPostaux.join(", "), commune.departement?.nom].filter(Boolean).join(" – ")})
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
