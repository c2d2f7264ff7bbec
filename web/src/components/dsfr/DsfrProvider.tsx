"use client";
// Starts the DSFR's JavaScript in the browser (menus, modals, the display settings) and gives the
// DSFR components the site's <Link> (Next's, without prefetching).
import { Link } from "../link/Link";
import type { ReactNode } from "react";
import { DsfrProviderBase, StartDsfrOnHydration } from "@codegouvfr/react-dsfr/next-app-router";
import { defaultColorScheme } from "./color-scheme";

declare module "@codegouvfr/react-dsfr/next-app-router" {
  interface RegisterLink {
    Link: typeof Link;
  }
}

export function DsfrProvider({ children }: { children: ReactNode }) {
  return (
    <DsfrProviderBase lang="fr" defaultColorScheme={defaultColorScheme} Link={Link}>
      <StartDsfrOnHydration />
      {children}
    </DsfrProviderBase>
  );
}
