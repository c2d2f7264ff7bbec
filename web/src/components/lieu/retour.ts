// Where to go back once a place is chosen: a path of this site only (no open redirect), without
// the place parameters it may already carry.

const PLACE_PARAMS = ["lieu", "commune", "lat", "lon", "rayon", "retour", "apres"];

/** The local path to return to, or undefined when `retour` is missing or points elsewhere. */
export function safeRetour(retour: string | undefined): string | undefined {
  if (!retour || !retour.startsWith("/") || retour.startsWith("//") || retour.includes("\\") || retour.length > 500) return undefined;
  const url = new URL(retour, "http://site.invalid");
  if (url.origin !== "http://site.invalid") return undefined;
  for (const key of PLACE_PARAMS) url.searchParams.delete(key);
  return `${url.pathname}${url.search}`;
}

/** The return path with the place's parameters added. */
export function retourAvecLieu(retour: string, params: Record<string, string>): string {
  const url = new URL(retour, "http://site.invalid");
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return `${url.pathname}${url.search}`;
}
