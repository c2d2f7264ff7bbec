// How well the partners' data joins up, for the data stored: asked through the gateway of a running
// platform, page by page, as any client of the graph would (npm run report:coverage, and bench:graph).

const PAGE = 100;

async function graphql<T>(gateway: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(gateway, { method: "POST", headers: { "content-type": "application/json", "apollo-require-preflight": "true" }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data) throw new Error(`coverage: ${gateway} answered ${response.status}: ${body.errors?.[0]?.message ?? "no data"}`);
  return body.data;
}

type Page<N> = { totalCount: number; nodes: N[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };

/** Every node of a list, page by page (keyset cursors). */
async function* all<N>(gateway: string, field: string, selection: string, progress: string): AsyncGenerator<N> {
  let after: string | null = null;
  let seen = 0;
  let shown = performance.now();
  for (;;) {
    const data: Record<string, Page<N>> = await graphql(gateway, `query($first: Int!, $after: String) { liste: ${field}(first: $first, after: $after) { totalCount nodes { ${selection} } pageInfo { endCursor hasNextPage } } }`, { first: PAGE, after });
    const page = data.liste!;
    for (const node of page.nodes) yield node;
    seen += page.nodes.length;
    if (performance.now() - shown > 1000 || !page.pageInfo.hasNextPage) {
      shown = performance.now();
      process.stderr.write(process.stderr.isTTY ? `\r[coverage] ${progress}: ${seen}/${page.totalCount}` : `[coverage] ${progress}: ${seen}/${page.totalCount}\n`);
    }
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
    after = page.pageInfo.endCursor;
  }
  if (process.stderr.isTTY) process.stderr.write("\n");
}

const share = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)} %` : "—");
const line = (label: string, part: number, whole: number) => `${label.padEnd(66)} ${String(part).padStart(7)} / ${String(whole).padEnd(7)} ${share(part, whole).padStart(8)}`;

/** The coverage table of the data a gateway serves. */
export async function coverage(gateway: string): Promise<string> {

  type FormationNode = { codeRncp: string | null; certification: { id: string; codeRncp: string | null } | null; etablissements: { totalCount: number } | null; offresContinues: { totalCount: number } | null };
  let formations = 0;
  let certifInfo = 0;
  let rncp = 0;
  let ecole = 0;
  let continue_ = 0;
  for await (const f of all<FormationNode>(gateway, "formations", "codeRncp certification { id codeRncp } etablissements(first: 0) { totalCount } offresContinues(first: 0) { totalCount }", "formations")) {
    formations += 1;
    if (f.certification) certifInfo += 1;
    if (f.codeRncp || f.certification?.codeRncp) rncp += 1;
    if ((f.etablissements?.totalCount ?? 0) > 0) ecole += 1;
    if ((f.offresContinues?.totalCount ?? 0) > 0) continue_ += 1;
  }

  const romes = new Map<string, number>();
  let offres = 0;
  const offresRome: string[][] = [];
  for await (const o of all<{ codesRome: string[] }>(gateway, "offres", "codesRome", "offres")) {
    offres += 1;
    offresRome.push(o.codesRome);
    for (const code of o.codesRome) romes.set(code, 0);
  }
  const codes = [...romes.keys()];
  // 25 aliases per request: within the gateway's default MAX_ALIASES (30).
  for (let i = 0; i < codes.length; i += 25) {
    const batch = codes.slice(i, i + 25);
    const data = await graphql<Record<string, { totalCount: number }>>(gateway, `{ ${batch.map((code, j) => `r${j}: metiers(codeRome: "${code}", first: 0) { totalCount }`).join(" ")} }`);
    batch.forEach((code, j) => romes.set(code, data[`r${j}`]!.totalCount));
  }
  const offresMetier = offresRome.filter((list) => list.some((code) => (romes.get(code) ?? 0) > 0)).length;

  let etablissements = 0;
  let situes = 0;
  let enseignent = 0;
  for await (const e of all<{ coordonnees: unknown; formations: { totalCount: number } }>(gateway, "etablissements", "coordonnees { latitude } formations(first: 0) { totalCount }", "établissements")) {
    etablissements += 1;
    if (e.coordonnees) situes += 1;
    if (e.formations.totalCount > 0) enseignent += 1;
  }

  return [
    `${"".padEnd(66)} ${"linked".padStart(7)} / ${"of".padEnd(7)} ${"share".padStart(8)}`,
    line("Onisep formations with a Certif Info certification", certifInfo, formations),
    line("Onisep formations with an RNCP code", rncp, formations),
    line("Onisep formations taught in at least one school (rectorat)", ecole, formations),
    line("Onisep formations with at least one continuing offer (carif-oref)", continue_, formations),
    line("Continuing offers linked to at least one Onisep métier (ROME)", offresMetier, offres),
    line("Établissements with coordinates", situes, etablissements),
    line("Établissements with at least one formation taught (rectorat)", enseignent, etablissements),
  ].join("\n");
}

