import { Header } from "@codegouvfr/react-dsfr/Header";
import { headerFooterDisplayItem } from "@codegouvfr/react-dsfr/Display";
import { Navigation } from "./Navigation";

export const BRAND_TOP = (
  <>
    République
    <br />
    française
  </>
);

export const HOME_LINK = { href: "/", title: "Accueil – Prisme, l'orientation en Auvergne" } as const;

/** The DSFR header: the République's brand, the service's name, display settings and the navigation. */
export function SiteHeader() {
  return (
    <Header
      id="en-tete"
      brandTop={BRAND_TOP}
      serviceTitle="Prisme"
      serviceTagline="Métiers, formations et accompagnement près de chez vous"
      homeLinkProps={HOME_LINK}
      quickAccessItems={[headerFooterDisplayItem]}
      navigation={<Navigation />}
    />
  );
}
