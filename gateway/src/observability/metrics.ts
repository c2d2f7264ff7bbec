import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Operation names come from clients: only this many distinct ones get their own series. */
const MAX_OPERATION_LABELS = 200;

/** The gateway's Prometheus metrics, in a registry of its own (several gateways may share a process in tests). */
export class GatewayMetrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();

  readonly httpRequests = new Counter({
    name: "gateway_http_requests_total",
    help: "HTTP requests received, by route and status code.",
    labelNames: ["route", "status"] as const,
    registers: [this.registry],
  });

  readonly operationsTotal = new Counter({
    name: "gateway_operations_total",
    help: "GraphQL operations executed, by operation name and outcome (ok, error).",
    labelNames: ["operation", "outcome"] as const,
    registers: [this.registry],
  });

  readonly operationErrors = new Counter({
    name: "gateway_operation_errors_total",
    help: "Errors returned to clients, by operation name and error code.",
    labelNames: ["operation", "code"] as const,
    registers: [this.registry],
  });

  readonly operationDuration = new Histogram({
    name: "gateway_operation_duration_seconds",
    help: "Time to answer a GraphQL operation, by operation name.",
    labelNames: ["operation"] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly subgraphRequests = new Counter({
    name: "gateway_subgraph_requests_total",
    help: "Calls to subgraphs, by subgraph and outcome (ok, error).",
    labelNames: ["subgraph", "outcome"] as const,
    registers: [this.registry],
  });

  readonly subgraphDuration = new Histogram({
    name: "gateway_subgraph_duration_seconds",
    help: "Time of one call to a subgraph, by subgraph.",
    labelNames: ["subgraph"] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly supergraphReloads = new Counter({
    name: "gateway_supergraph_reloads_total",
    help: "Supergraph reloads, by outcome (loaded, refused).",
    labelNames: ["outcome"] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: "gateway_" });
  }

  /** The label for an operation name: anonymous, its name, or "other" once too many names were seen. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return "anonymous";
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_LABELS || !/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return "other";
    this.operations.add(name);
    return name;
  }

  /** Records one subgraph call. */
  recordSubgraphCall(subgraph: string, seconds: number, ok: boolean): void {
    this.subgraphRequests.inc({ subgraph, outcome: ok ? "ok" : "error" });
    this.subgraphDuration.observe({ subgraph }, seconds);
  }
}
