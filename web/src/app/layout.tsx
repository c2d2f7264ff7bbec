import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SkipLinks } from "@codegouvfr/react-dsfr/SkipLinks";
import { DsfrHead, getHtmlAttributes } from "@/components/dsfr/DsfrHead";
import { DsfrProvider } from "@/components/dsfr/DsfrProvider";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { siteUrl, SITE_NAME } from "@/config/site";
import "./site.css";

export function generateMetadata(): Metadata {
  return {
    metadataBase: siteUrl(),
    title: { default: `${SITE_NAME} – trouver sa voie en Auvergne`, template: `%s – ${SITE_NAME}` },
    description: "Métiers, formations, établissements, formation continue et lieux d'accueil près de chez vous.",
    applicationName: SITE_NAME,
    openGraph: { siteName: SITE_NAME, locale: "fr_FR", type: "website" },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html {...getHtmlAttributes({ lang: "fr" })}>
      <head>
        <DsfrHead />
      </head>
      <body>
        <DsfrProvider>
          <SkipLinks
            links={[
              // No link to the menu: on a phone it sits in a closed dialog, which a link cannot reach.
              { label: "Contenu", anchor: "#contenu" },
              { label: "Pied de page", anchor: "#pied-de-page" },
            ]}
          />
          <SiteHeader />
          <main id="contenu" tabIndex={-1} className="fr-container fr-py-4w prisme-main">
            {children}
          </main>
          <SiteFooter />
        </DsfrProvider>
      </body>
    </html>
  );
}
