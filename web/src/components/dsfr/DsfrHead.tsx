// The DSFR's <head>: Marianne fonts preloaded, favicons, and the script that applies the chosen
// colour scheme before the first paint (no flash of the wrong theme).
import { Link } from "../link/Link";
import { createGetHtmlAttributes, DsfrHeadBase } from "@codegouvfr/react-dsfr/next-app-router/server-only-index";
import { defaultColorScheme } from "./color-scheme";

export const { getHtmlAttributes } = createGetHtmlAttributes({ defaultColorScheme });

export function DsfrHead() {
  return <DsfrHeadBase Link={Link} preloadFonts={["Marianne-Regular", "Marianne-Bold"]} />;
}
