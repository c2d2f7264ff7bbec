import type { MetadataRoute } from "next";
import { siteUrl } from "@/config/site";
import type { ResultOf } from "@/graphql/graphql";
import type { Outcome } from "@/graphql/outcome";
import { runQuery } from "@/graphql/server-client";
import { SitemapQuery } from "./sitemap.query";

export const dynamic = "force-dynamic";

const TTL_MS = 60 * 60 * 1000;
let cached: { at: number; ids: { metiers: string[]; formations: string[] } } | undefined;

/** Every métier and formation id, page by page (kept an hour: the lists change with imports only). */
async function allIds(): Promise<{ metiers: string[]; formations: string[] }> {
  if (cached && Date.now() - cached.at < TTL_MS) return cached.ids;
  const ids = { metiers: [] as string[], formations: [] as string[] };
  let apresMetiers: string | null = null;
  let apresFormations: string | null = null;
  let avecMetiers: boolean = true;
  let avecFormations: boolean = true;
  while (avecMetiers || avecFormations) {
    const outcome: Outcome<ResultOf<typeof SitemapQuery>> = await runQuery(SitemapQuery, { apresMetiers, apresFormations, avecMetiers, avecFormations });
    const { data, missing } = outcome;
    if (!data || missing.length) throw new Error(`the sitemap could not be listed: ${missing.join(", ") || "no answer"} did not answer`);
    if (data.metiers) {
      ids.metiers.push(...data.metiers.nodes.map((n) => n.id));
      avecMetiers = data.metiers.pageInfo.hasNextPage;
      apresMetiers = data.metiers.pageInfo.endCursor ?? null;
    }
    if (data.formations) {
      ids.formations.push(...data.formations.nodes.map((n) => n.id));
      avecFormations = data.formations.pageInfo.hasNextPage;
      apresFormations = data.formations.pageInfo.endCursor ?? null;
    }
  }
  cached = { at: Date.now(), ids };
  return ids;
}

/** sitemap.xml: the home, the main pages, every métier and every formation. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl();
  const url = (path: string) => new URL(path, base).toString();
  const { metiers, formations } = await allIds();
  return [
    { url: url("/"), changeFrequency: "weekly", priority: 1 },
    { url: url("/recherche"), changeFrequency: "weekly", priority: 0.6 },
    { url: url("/pres-de-chez-moi"), changeFrequency: "monthly", priority: 0.6 },
    { url: url("/quiz"), changeFrequency: "monthly", priority: 0.6 },
    ...metiers.map((id) => ({ url: url(`/metiers/${id}`), changeFrequency: "monthly" as const, priority: 0.8 })),
    ...formations.map((id) => ({ url: url(`/formations/${id}`), changeFrequency: "monthly" as const, priority: 0.7 })),
  ];
}
