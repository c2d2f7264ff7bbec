// The pages the bench measures, taken from the running site itself (its sitemap lists every métier
// and formation), so that each request asks the graph something it has not just been asked: the
// gateway's response cache does not make the figures.

const CLERMONT = "commune=63113&lat=45.7856&lon=3.1155&rayon=30";

/** Words people search for: each search page differs from the last. */
const MOTS = [
  "bois", "bts", "cap", "infirmier", "boulanger", "informatique", "commerce", "mecanique", "electricien", "coiffure",
  "agriculture", "comptable", "cuisine", "sante", "batiment", "vente", "logistique", "design", "plombier", "maçon",
  "aide soignant", "menuisier", "developpeur", "hotellerie", "transport", "bac pro", "licence", "but", "esthetique", "textile",
  "chimie", "energie", "reseaux", "gestion", "tourisme", "sport", "animation", "social", "paysagiste", "automobile",
  "industrie", "laboratoire", "securite", "banque", "assurance", "immobilier", "communication", "audiovisuel", "musique", "arts",
  "soudeur", "boucher", "patissier", "fleuriste", "graphiste", "secretaire", "carrossier", "couvreur", "peintre", "serrurier",
];

export interface PagesToMeasure {
  home: string[];
  search: string[];
  metier: string[];
  formation: string[];
}

/** `count` addresses of each page type: the home page, searches, métiers and formations near Clermont-Ferrand. */
export async function pagesToMeasure(site: string, count: number): Promise<PagesToMeasure> {
  const sitemap = await (await fetch(new URL("/sitemap.xml", site))).text();
  const paths = [...sitemap.matchAll(/<loc>[^<]*?(\/(?:metiers|formations)\/[^<]+)<\/loc>/g)].map((m) => m[1]);
  const metiers = paths.filter((p) => p.startsWith("/metiers/"));
  const formations = paths.filter((p) => p.startsWith("/formations/"));
  if (metiers.length < count || formations.length < count) {
    throw new Error(`the sitemap lists ${metiers.length} métiers and ${formations.length} formations; import the real Onisep files first (see web/README.md)`);
  }
  const spread = <T>(list: T[]) => Array.from({ length: count }, (_, i) => list[Math.floor((i * list.length) / count)]);
  return {
    home: Array.from({ length: count }, () => "/"),
    search: Array.from({ length: count }, (_, i) => `/recherche?q=${encodeURIComponent(MOTS[i % MOTS.length])}`),
    metier: spread(metiers).map((p) => `${p}?${CLERMONT}`),
    formation: spread(formations).map((p) => `${p}?${CLERMONT}`),
  };
}

/** One address of every page type, for Lighthouse. */
export function pageTypes(pages: PagesToMeasure): Record<string, string> {
  return {
    accueil: "/",
    recherche: pages.search[0],
    "recherche filtrée": "/recherche?type=formations&niveau=5",
    "près de chez moi": `/pres-de-chez-moi?${CLERMONT}`,
    métier: "/metiers/MET.12?" + CLERMONT,
    formation: pages.formation[0],
    établissement: "/etablissements/0631978H",
    offre: "/offres/AUV-OF-000101",
    structure: "/structures/demo-ft-clermont",
    événement: "/evenements/demo-forum-clermont",
    quiz: "/quiz",
  };
}
