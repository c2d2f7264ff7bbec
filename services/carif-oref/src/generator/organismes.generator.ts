import { withLuhnDigit } from "../common/siret";
import { Prng } from "./prng";
import type { CommuneRef } from "./referentiels";

export interface GeneratedOrganisme {
  siret: string;
  nom: string;
  numeroActivite: string;
  commune: CommuneRef;
  rue: string;
}

const KINDS = ["Centre de formation", "Institut", "Campus", "Atelier", "École", "Maison de la formation", "Groupement"];
const THEMES = ["des métiers", "du numérique", "du bâtiment", "de la santé", "des métiers de bouche", "de la gestion", "de l'agriculture", "des services"];
const STREETS = ["rue de la République", "avenue Jean Jaurès", "boulevard Gambetta", "rue Victor Hugo", "place de la Mairie", "rue des Écoles", "chemin des Vignes"];

/** Organismes with valid SIREN and SIRET checksums (Luhn on 9 and on 14 digits), spread over the communes. */
export function generateOrganismes(seed: number, count: number, communes: readonly CommuneRef[]): GeneratedOrganisme[] {
  return Array.from({ length: count }, (_, i) => {
    const rng = Prng.derive(seed, i, 1);
    const siren = withLuhnDigit(`${rng.int(3, 9)}${rng.digits(7)}`);
    const commune = rng.pick(communes);
    return {
      siret: withLuhnDigit(`${siren}${rng.digits(4)}`),
      nom: `${rng.pick(KINDS)} ${rng.pick(THEMES)} de ${commune.nom}`.slice(0, 250),
      numeroActivite: `84${rng.digits(9)}`,
      commune,
      rue: `${rng.int(1, 120)} ${rng.pick(STREETS)}`,
    };
  });
}
