import { PublicStructure, TypeStructure } from "../structure/structure.enum";
import type { StructureRecord } from "../importers/structures.common";

/**
 * Illustrative SPRO structures of Clermont-Ferrand (names and places plausible, not official):
 * what the "near me" and "who covers my commune" queries show on a first start.
 */
export const DEMO_STRUCTURES: StructureRecord[] = [
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
  },
];
