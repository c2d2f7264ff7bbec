import { Footer } from "@codegouvfr/react-dsfr/Footer";
import { headerFooterDisplayItem } from "@codegouvfr/react-dsfr/Display";
import { BRAND_TOP, HOME_LINK } from "./SiteHeader";

/** The DSFR footer. No accessibility audit has been made yet: the site says "non conforme", as the RGAA asks. */
export function SiteFooter() {
  return (
    <Footer
      id="pied-de-page"
      brandTop={BRAND_TOP}
      homeLinkProps={HOME_LINK}
      accessibility="non compliant"
      accessibilityLinkProps={{ href: "/accessibilite" }}
      contentDescription="Prisme réunit les données du service public régional de l'orientation : métiers et formations (Onisep), formation continue (Carif-Oref), établissements et insertion (Rectorat), territoires, structures d'accueil et événements (Région)."
      bottomItems={[headerFooterDisplayItem, { text: "Plan du site", linkProps: { href: "/plan-du-site" } }]}
    />
  );
}
