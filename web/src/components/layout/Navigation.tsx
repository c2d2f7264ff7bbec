"use client";
// The main navigation, with the current section marked (aria-current) for screen readers.
import { usePathname } from "next/navigation";
import { MainNavigation } from "@codegouvfr/react-dsfr/MainNavigation";

const SECTIONS = [
  { text: "Accueil", href: "/", matches: (path: string) => path === "/" },
  { text: "Rechercher", href: "/recherche", matches: (path: string) => path.startsWith("/recherche") },
  { text: "Près de chez moi", href: "/pres-de-chez-moi", matches: (path: string) => path.startsWith("/pres-de-chez-moi") },
  { text: "Quiz Métiers", href: "/quiz", matches: (path: string) => path.startsWith("/quiz") },
];

export function Navigation() {
  const path = usePathname() ?? "/";
  return <MainNavigation items={SECTIONS.map((s) => ({ text: s.text, linkProps: { href: s.href }, isActive: s.matches(path) }))} />;
}
