import { PublicStructure } from "../structure/structure.enum";
import { TypeEvenement } from "../evenement/evenement.enum";
import type { EvenementRecord } from "../evenement/evenement.model";
import { DEMO_CENTRES } from "./centres";

const JOUR = 24 * 3600 * 1000;

/** A day from `from` at hh:00 UTC (09:00/10:00 in Paris): demonstration events stay in the future whenever the demo is started. */
const dans = (from: Date, jours: number, heureUtc: number) => {
  const d = new Date(from.getTime() + jours * JOUR);
  d.setUTCHours(heureUtc, 0, 0, 0);
  return d;
};

/** Illustrative events of the Auvergne territory, dated from the day of the first start. */
export function demoEvenements(now: Date): Omit<EvenementRecord, "_id">[] {
  const base = { description: null, url: null, organisateurStructure: null, organisateurUai: null, inscription: null, metierIds: [], formationIds: [], uais: [], annule: false, motifAnnulation: null };
  return [
    {
      ...base,
      id: "demo-forum-clermont",
      type: TypeEvenement.FORUM,
      titre: "Forum des métiers de Clermont-Ferrand",
      debut: dans(now, 10, 8),
      fin: dans(now, 10, 16),
      codeCommune: "63113",
      coordonnees: DEMO_CENTRES["63113"],
      organisateurStructure: "demo-ml-clermont",
      publics: [PublicStructure.JEUNES_16_25, PublicStructure.SCOLAIRES],
    },
    {
      ...base,
      id: "demo-jpo-cio-clermont",
      type: TypeEvenement.JOURNEE_PORTES_OUVERTES,
      titre: "Portes ouvertes du CIO de Clermont-Ferrand",
      debut: dans(now, 20, 9),
      fin: dans(now, 20, 15),
      codeCommune: "63113",
      coordonnees: { latitude: 45.7797, longitude: 3.0863 },
      organisateurUai: "0631601Y",
      uais: ["0631601Y"],
      publics: [PublicStructure.SCOLAIRES],
    },
    {
      ...base,
      id: "demo-salon-aurillac",
      type: TypeEvenement.SALON,
      titre: "Salon de l'orientation d'Aurillac",
      debut: dans(now, 15, 8),
      fin: dans(now, 16, 16),
      codeCommune: "15014",
      coordonnees: DEMO_CENTRES["15014"],
      publics: [PublicStructure.SCOLAIRES, PublicStructure.ETUDIANTS],
    },
    {
      ...base,
      id: "demo-webinaire-apprentissage",
      type: TypeEvenement.WEBINAIRE,
      titre: "L'apprentissage, comment ça marche ?",
      debut: dans(now, 5, 17),
      fin: dans(now, 5, 18),
      codeCommune: null,
      coordonnees: null,
      url: "https://example.org/webinaire-apprentissage",
      publics: [PublicStructure.JEUNES_16_25],
    },
    {
      ...base,
      id: "demo-forum-passe",
      type: TypeEvenement.FORUM,
      titre: "Forum de l'alternance (passé)",
      debut: dans(now, -10, 8),
      fin: dans(now, -10, 16),
      codeCommune: "63113",
      coordonnees: DEMO_CENTRES["63113"],
      publics: [PublicStructure.JEUNES_16_25],
    },
  ];
}
