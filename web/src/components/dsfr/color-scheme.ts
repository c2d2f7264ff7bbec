import type { DefaultColorScheme } from "@codegouvfr/react-dsfr/next-app-router";

/** Light or dark as the person's system says, until they choose in "Paramètres d'affichage". */
export const defaultColorScheme: DefaultColorScheme = "system";
