import type { Metadata } from "next";
import { Link } from "@/components/link/Link";
import { Tile } from "@codegouvfr/react-dsfr/Tile";
import { PartsMissing } from "@/components/partial/PartsMissing";
import { SearchBox } from "@/components/recherche/SearchBox";
import { pageMetadata } from "@/components/seo/page-metadata";
import { loadPage } from "@/graphql/page-loader";
import { plural } from "@/lib/format";
import { withParams } from "@/lib/search-params";
import { AccueilQuery } from "./accueil.query";

export const dynamic = "force-dynamic";

export function generateMetadata(): Metadata {
  return {
    ...pageMetadata(
      "Prisme – trouver sa voie en Auvergne",
      "Un métier, une formation, un établissement, une formation continue ou un lieu d'accueil près de chez vous : toutes les données de l'orientation en Auvergne, en un seul endroit.",
      "/",
    ),
    title: { absolute: "Prisme – trouver sa voie en Auvergne" },
  };
}

export default async function Accueil() {
  const { data, missing, failure } = await loadPage(AccueilQuery, {});
  const domaines = data?.domaines.nodes ?? [];
  return (
    <>
      <h1>Trouver sa voie</h1>
      <p className="fr-text--lead">Métiers, formations, établissements, formation continue et lieux d&apos;accueil en Auvergne, en un seul endroit.</p>
      <div className="fr-mb-6w">
        <SearchBox large />
      </div>
      <div className="fr-grid-row fr-grid-row--gutters fr-mb-6w">
        <div className="fr-col-12 fr-col-md-6">
          <Tile
            title="Quiz Métiers"
            titleAs="h2"
            desc="Huit questions sur ce que vous aimez faire, et les métiers qui vous ressemblent."
            linkProps={{ href: "/quiz" }}
            orientation="horizontal"
            enlargeLinkOrButton
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Tile
            title="Près de chez moi"
            titleAs="h2"
            desc="Où étudier, se former et se faire accompagner autour de votre commune."
            linkProps={{ href: "/pres-de-chez-moi" }}
            orientation="horizontal"
            enlargeLinkOrButton
          />
        </div>
      </div>
      <PartsMissing missing={missing} failure={failure} />
      {domaines.length > 0 && (
        <section aria-labelledby="domaines">
          <h2 id="domaines">Explorer par domaine</h2>
          <ul className="fr-grid-row fr-grid-row--gutters prisme-list">
            {domaines.map((domaine) => (
              <li key={domaine.libelle} className="fr-col-12 fr-col-sm-6 fr-col-lg-4">
                <Link className="fr-link" href={withParams("/recherche", { type: "formations", domaine: domaine.libelle })}>
                  {domaine.libelle.charAt(0).toUpperCase() + domaine.libelle.slice(1)}
                </Link>
                <span className="fr-hint-text">
                  {plural(domaine.nombreMetiers, "métier")}, {plural(domaine.nombreFormations, "formation")}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
