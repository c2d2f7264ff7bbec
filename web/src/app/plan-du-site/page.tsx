import type { Metadata } from "next";
import { Link } from "@/components/link/Link";
import { pageMetadata } from "@/components/seo/page-metadata";

// Rendered per request: the canonical URL depends on PRISME_SITE_URL at run time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = pageMetadata("Plan du site", "Les pages de Prisme : recherche, près de chez moi, Quiz Métiers, fiches métiers et formations.", "/plan-du-site");

export default function PlanDuSite() {
  return (
    <>
      <h1>Plan du site</h1>
      <ul>
        <li>
          <Link href="/">Accueil</Link>
        </li>
        <li>
          <Link href="/recherche">Rechercher</Link> : métiers, formations, formation continue, établissements
        </li>
        <li>
          <Link href="/pres-de-chez-moi">Près de chez moi</Link> : où étudier, se former et se faire accompagner
        </li>
        <li>
          <Link href="/quiz">Quiz Métiers</Link>
        </li>
        <li>
          <Link href="/accessibilite">Accessibilité</Link>
        </li>
        <li>
          <a href="/sitemap.xml">Liste de toutes les fiches métiers et formations (sitemap XML)</a>
        </li>
      </ul>
    </>
  );
}
