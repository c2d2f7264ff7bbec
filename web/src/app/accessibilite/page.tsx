import type { Metadata } from "next";
import { pageMetadata } from "@/components/seo/page-metadata";

// Rendered per request: the canonical URL depends on PRISME_SITE_URL at run time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = pageMetadata("Accessibilité", "Déclaration d'accessibilité de Prisme : état de conformité au RGAA et tests réalisés.", "/accessibilite");

export default function Accessibilite() {
  return (
    <>
      <h1>Déclaration d&apos;accessibilité</h1>
      <h2>État de conformité</h2>
      <p>
        Prisme est <strong>non conforme</strong> au référentiel général d&apos;amélioration de l&apos;accessibilité (RGAA) : aucun audit de conformité n&apos;a encore été
        réalisé.
      </p>
      <h2>Ce qui est vérifié à chaque modification</h2>
      <ul>
        <li>Chaque type de page est contrôlé automatiquement (axe-core, règles WCAG 2.1 A et AA), en thème clair et en thème sombre, et sur un écran de 320 pixels de large.</li>
        <li>La recherche avec suggestions et le Quiz Métiers sont testés au clavier seul.</li>
        <li>Toutes les pages s&apos;affichent et se lisent sans JavaScript.</li>
      </ul>
      <h2>Technologies utilisées</h2>
      <p>HTML, CSS (Système de design de l&apos;État), JavaScript.</p>
    </>
  );
}
