import { Link } from "@/components/link/Link";
import { PageStatus } from "./PageStatus";

/** The DSFR 404 page: what happened, and ways back (status 404, see PageStatus). */
export function PageIntrouvable({ quoi = "La page que vous cherchez" }: { quoi?: string }) {
  return (
    <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--middle fr-my-4w">
      <PageStatus status={404} />
      <div className="fr-col-12 fr-col-md-8">
        <h1>Page non trouvée</h1>
        <p className="fr-text--sm fr-mb-3w">Erreur 404</p>
        <p className="fr-text--lead fr-mb-3w">{quoi} est introuvable. Excusez-nous pour la gêne occasionnée.</p>
        <p className="fr-text--sm fr-mb-5w">
          Si vous avez tapé l&apos;adresse web dans le navigateur, vérifiez qu&apos;elle est correcte. La page n&apos;est peut-être plus disponible : le métier, la
          formation ou l&apos;offre a pu être retiré par son producteur.
          <br />
          Dans ce cas, pour continuer votre visite, vous pouvez consulter notre page d&apos;accueil ou lancer une recherche.
        </p>
        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li>
            <Link className="fr-btn" href="/">
              Page d&apos;accueil
            </Link>
          </li>
          <li>
            <Link className="fr-btn fr-btn--secondary" href="/recherche">
              Rechercher
            </Link>
          </li>
        </ul>
      </div>
    </div>
  );
}
