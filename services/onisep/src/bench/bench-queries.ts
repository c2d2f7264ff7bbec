/** Searches a user would type (some with a typo or cut short), and filters, over the real exports. */
export const SEARCHES = [
  `metiers(recherche: "ebeniste", first: 10)`,
  `metiers(recherche: "infirmier", first: 10)`,
  `metiers(recherche: "boulang", first: 10)`,
  `metiers(recherche: "developpeur informatique", first: 10)`,
  `metiers(recherche: "menuisir", first: 10)`,
  `formations(recherche: "infirmier", first: 10)`,
  `formations(recherche: "bts comptabilite", first: 10)`,
  `formations(recherche: "electricien", first: 10)`,
  `formations(recherche: "agricul", first: 10)`,
];

export const FILTERS = [
  `formations(niveau: 5, first: 20)`,
  `formations(type: "BTS", domaine: "informatique, internet", first: 20)`,
  `metiers(codeRome: "M1805", first: 20)`,
  `metiers(domaine: "santé, social, sport", first: 20)`,
];

/** The GraphQL document of one bench query. */
export const document = (field: string) => `{ ${field} { totalCount nodes { id libelle } } }`;

/** Posts queries in turn, `rounds` times each, and returns each latency in ms. */
export async function timeQueries(url: string, fields: string[], rounds: number): Promise<number[]> {
  const latencies: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const field of fields) {
      const started = process.hrtime.bigint();
      const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", "apollo-require-preflight": "true" }, body: JSON.stringify({ query: document(field) }) });
      const body = (await response.json()) as { errors?: { message: string }[] };
      if (body.errors) throw new Error(`${field}: ${body.errors[0].message}`);
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  }
  return latencies;
}

/** "p50 … p90 … p99 … max" of a list of latencies. */
export function percentiles(label: string, latencies: number[]): string {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)].toFixed(1);
  return `${label.padEnd(34)} n=${String(sorted.length).padStart(4)}  p50 ${at(50)} ms  p90 ${at(90)} ms  p99 ${at(99)} ms  max ${sorted[sorted.length - 1].toFixed(1)} ms`;
}
