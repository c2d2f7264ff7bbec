import { GraphQLError } from "graphql";
import type { CoordonneesDoc } from "../distance";
import type { CentreDeCommune } from "./proximite";

const CACHE_MS = 60 * 60 * 1000;
const TIMEOUT_MS = 2_000;

/**
 * Communes' centres for the subgraphs that do not own them: asked to the Région subgraph, which owns
 * the territory, through its public GraphQL API (never its database), and kept an hour. The URL
 * comes from PRISME_REGION_URL (set by `npm start`, or by whoever runs a subgraph alone).
 */
export function centresParRegion(url: () => string | undefined = () => process.env.PRISME_REGION_URL): CentreDeCommune {
  const cache = new Map<string, { at: number; centre: CoordonneesDoc | null }>();
  return async (code) => {
    const known = cache.get(code);
    if (known && Date.now() - known.at < CACHE_MS) return known.centre;
    const target = url();
    const unavailable = (why: string) =>
      new GraphQLError(`The centre of commune ${code} could not be had from the region subgraph (${why}); give latitude and longitude instead.`, {
        extensions: { code: "DEPENDENCY_UNAVAILABLE", serviceName: "region" },
      });
    if (!target) throw unavailable("PRISME_REGION_URL is not set");
    let body: { data?: { commune?: { centre?: CoordonneesDoc | null } | null }; errors?: { message: string }[] };
    try {
      const response = await fetch(target, {
        method: "POST",
        headers: { "content-type": "application/json", "apollo-require-preflight": "true" },
        body: JSON.stringify({ query: "query($code: ID!) { commune(code: $code) { centre { latitude longitude } } }", variables: { code } }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      body = (await response.json()) as typeof body;
    } catch (error) {
      throw unavailable(error instanceof Error ? error.message : String(error));
    }
    if (body.errors?.length) throw unavailable(body.errors[0]!.message);
    const centre = body.data?.commune?.centre ?? null;
    cache.set(code, { at: Date.now(), centre });
    return centre;
  };
}
