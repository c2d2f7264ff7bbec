/** How an answer served its client: all its data, part of it (with errors), or none. */
export type AnswerKind = "full" | "partial" | "failed";

export interface Answer {
  /** When the request was sent, and when its answer came (performance.now()). */
  sentAt: number;
  at: number;
  kind: AnswerKind;
  /** Error codes of the answer, with the service named by each error (e.g. SUBGRAPH_UNAVAILABLE@region). */
  codes: string[];
}

/** Sends one GraphQL request and classifies its answer. */
export async function ask(url: string, body: string): Promise<Answer> {
  const sentAt = performance.now();
  try {
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body, signal: AbortSignal.timeout(15_000) });
    const json = (await response.json()) as { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string; serviceName?: string } }[] };
    const codes = (json.errors ?? []).map((e) => `${e.extensions?.code ?? "?"}${e.extensions?.serviceName ? `@${e.extensions.serviceName}` : ""}`);
    const hasData = Boolean(json.data) && Object.values(json.data!).some((value) => value !== null);
    const kind: AnswerKind = response.status === 200 && hasData ? (codes.length ? "partial" : "full") : "failed";
    return { sentAt, at: performance.now(), kind, codes };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    return { sentAt, at: performance.now(), kind: "failed", codes: [`NETWORK:${cause?.code ?? (error as Error).name}`] };
  }
}

/** `workers` clients sending one request after another until stopped; every answer is kept. */
export function steadyLoad(url: string, body: string, workers: number) {
  const answers: Answer[] = [];
  let running = true;
  const loops = Array.from({ length: workers }, async () => {
    while (running) answers.push(await ask(url, body));
  });
  return {
    answers,
    between: (from: number, to: number) => answers.filter((a) => a.at >= from && a.at < to),
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

/** Counts of each kind, and the most frequent error codes. */
export function tally(answers: Answer[]) {
  const count = (kind: AnswerKind) => answers.filter((a) => a.kind === kind).length;
  const codes = new Map<string, number>();
  for (const answer of answers) for (const code of new Set(answer.codes)) codes.set(code, (codes.get(code) ?? 0) + 1);
  const top = [...codes].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([code, n]) => `${code} ×${n}`);
  return { total: answers.length, full: count("full"), partial: count("partial"), failed: count("failed"), top };
}
