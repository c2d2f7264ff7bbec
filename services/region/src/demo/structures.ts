import { JourSemaine, PublicStructure, TypeStructure } from "../structure/structure.enum";
import type { HoraireDoc, StructureRecord } from "../structure/structure.model";

/**
 * Illustrative SPRO structures of Clermont-Ferrand (names and places plausible, not official):
 * what the "near me" and "who covers my commune" queries show on a first start.
 */
const { LUNDI, MARDI, MERCREDI, JEUDI, VENDREDI } = JourSemaine;

/** Mornings and afternoons of the given days. */
const journees = (jours: JourSemaine[], matin: [string, string], apresMidi: [string, string] | null): HoraireDoc[] =>
  jours.flatMap((jour) => [
    { jour, ouverture: matin[0], fermeture: matin[1] },
    ...(apresMidi ? [{ jour, ouverture: apresMidi[0], fermeture: apresMidi[1] }] : []),
  ]);

// Contacts are generic service addresses in reserved example domains and fictional numbers.
export const DEMO_STRUCTURES: Omit<StructureRecord, "_id">[] = [
  {
    id: "demo-ml-clermont",
    type: TypeStructure.MISSION_LOCALE,
    nom: "Mission locale Clermont Métropole et Volcans",
    adresse: "Clermont-Ferrand",
    codeCommune: "63113",
    codeDepartement: "63",
    coordonnees: { latitude: 45.779, longitude: 3.095 },
    publics: [PublicStructure.JEUNES_16_25],
    services: ["Accompagnement vers l'emploi", "Orientation", "Contrat d'engagement jeune"],
    communesCouvertes: ["63014", "63032", "63070", "63075", "63113", "63124", "63141", "63193", "63308"],
    uai: null,
    horaires: journees([LUNDI, MARDI, MERCREDI, JEUDI, VENDREDI], ["08:30", "12:00"], ["13:30", "17:30"]),
    precisionHoraires: "Accueil sans rendez-vous le matin, sur rendez-vous l'après-midi",
    contacts: { telephone: "04 73 00 00 10", courriel: "contact@mission-locale-clermont.example.org", siteWeb: "https://mission-locale-clermont.example.org" },
  },
  {
    id: "demo-cio-clermont",
    type: TypeStructure.CIO,
    nom: "Centre d'information et d'orientation de Clermont-Ferrand",
    adresse: "Clermont-Ferrand",
    codeCommune: "63113",
    codeDepartement: "63",
    coordonnees: { latitude: 45.7797, longitude: 3.0863 },
    publics: [PublicStructure.SCOLAIRES, PublicStructure.ETUDIANTS, PublicStructure.JEUNES_16_25, PublicStructure.ADULTES],
    services: ["Entretien avec un psychologue de l'Éducation nationale", "Documentation sur les formations"],
    communesCouvertes: [],
    // The same CIO as in rectorat's demonstration Annuaire.
    uai: "0631601Y",
    horaires: [...journees([LUNDI, MARDI, JEUDI, VENDREDI], ["09:00", "12:00"], ["13:30", "17:00"]), { jour: MERCREDI, ouverture: "09:00", fermeture: "17:00" }].sort(
      (a, b) => Object.values(JourSemaine).indexOf(a.jour) - Object.values(JourSemaine).indexOf(b.jour) || a.ouverture.localeCompare(b.ouverture),
    ),
    precisionHoraires: "Sur rendez-vous le mercredi; ouvert pendant une partie des vacances scolaires",
    contacts: { telephone: "04 73 00 00 20", courriel: "cio.clermont@ac-clermont.example.fr", siteWeb: "https://cio-clermont.example.fr" },
  },
  {
    id: "demo-ft-clermont",
    type: TypeStructure.FRANCE_TRAVAIL,
    nom: "Agence France Travail Clermont-Ferrand Jouhaux",
    adresse: "Clermont-Ferrand",
    codeCommune: "63113",
    codeDepartement: "63",
    coordonnees: { latitude: 45.784, longitude: 3.099 },
    publics: [PublicStructure.DEMANDEURS_D_EMPLOI, PublicStructure.ADULTES, PublicStructure.JEUNES_16_25],
    services: ["Inscription", "Conseil en évolution professionnelle"],
    communesCouvertes: [],
    uai: null,
    horaires: [...journees([LUNDI, MARDI, MERCREDI], ["08:30", "12:30"], ["13:30", "16:30"]), ...journees([JEUDI], ["08:30", "12:30"], null), ...journees([VENDREDI], ["08:30", "12:30"], null)],
    precisionHoraires: "L'après-midi sur rendez-vous uniquement",
    contacts: { telephone: "39 49", courriel: null, siteWeb: "https://www.francetravail.fr" },
  },
  {
    id: "demo-cio-aurillac",
    type: TypeStructure.CIO,
    nom: "Centre d'information et d'orientation d'Aurillac",
    adresse: "Aurillac",
    codeCommune: "15014",
    codeDepartement: "15",
    coordonnees: { latitude: 44.9265, longitude: 2.4432 },
    publics: [PublicStructure.SCOLAIRES, PublicStructure.ETUDIANTS, PublicStructure.JEUNES_16_25, PublicStructure.ADULTES],
    services: ["Entretien avec un psychologue de l'Éducation nationale"],
    communesCouvertes: [],
    uai: "0151601J",
    horaires: journees([LUNDI, MARDI, MERCREDI, JEUDI, VENDREDI], ["09:00", "12:00"], ["14:00", "17:30"]),
    precisionHoraires: null,
    contacts: { telephone: "04 71 00 00 30", courriel: "cio.aurillac@ac-clermont.example.fr", siteWeb: null },
  },
];
