import { uaiCheckLetter } from "../common/identifiers";
import { TypeEtablissement, Voie } from "../etablissement/etablissement.enum";
import { enseignement, type EtablissementEntree } from "../read-model/etablissement.entree";
import { StatutFormation } from "../offre/offre.enum";

/** A small deterministic generator (mulberry32): the same volume on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = ["Lycée professionnel", "Lycée polyvalent", "Collège", "École élémentaire", "Centre de formation d'apprentis", "Lycée général et technologique"];
const PATRONS = ["Jean Moulin", "Blaise Pascal", "Marie Curie", "Jules Ferry", "Victor Hugo", "Émile Zola", "Louise Michel", "Pierre Joël Bonté", "Albert Camus", "Simone Veil", "Sainte-Claire Deville", "Jean Monnet"];
const METIERS = ["des métiers du bâtiment", "de l'hôtellerie", "des sciences et techniques", "du numérique", "de l'automobile", ""];
const PROVENANCE = { producteur: "bench", jeuDeDonnees: "généré", miseAJour: new Date(0) };

/** `count` read-model entries spread over metropolitan France, with names, types, voies and taught FOR ids. */
export function genererEtablissements(count: number, seed = 42): EtablissementEntree[] {
  const next = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const digits = `9${String(100000 + i).padStart(6, "0")}`;
    const kind = pick(KINDS);
    const formationIds = [...new Set(Array.from({ length: Math.floor(next() * 4) }, () => `FOR.${1 + Math.floor(next() * 400)}`))].sort();
    return {
      uai: digits + uaiCheckLetter(digits),
      nom: `${kind} ${pick(PATRONS)} ${pick(METIERS)}`.trim(),
      type: kind.startsWith("Lycée") ? TypeEtablissement.LYCEE : kind === "Collège" ? TypeEtablissement.COLLEGE : kind.startsWith("École") ? TypeEtablissement.ECOLE : TypeEtablissement.AUTRE,
      voies: kind.startsWith("Lycée") ? [pick([Voie.GENERALE, Voie.PROFESSIONNELLE, Voie.TECHNOLOGIQUE])] : [],
      apprentissage: next() < 0.2,
      hebergement: next() < 0.3,
      codeDepartement: String(1 + Math.floor(next() * 95)).padStart(2, "0"),
      coordonnees: { latitude: 42.5 + next() * 8.5, longitude: -4.5 + next() * 12.5 },
      formationIds,
      enseignements: formationIds.map((id) => enseignement(id, StatutFormation.SCOLAIRE)),
      provenance: PROVENANCE,
      sources: [PROVENANCE],
    };
  });
}
