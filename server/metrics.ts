import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/** Prometheus metrics of one server (its own registry, so several servers can share a process in tests). */
export interface Metrics {
  registry: Registry;
  httpRequests: Counter<"route" | "method" | "status">;
  graphqlRequests: Counter<"operation" | "code">;
  graphqlDuration: Histogram<"operation">;
  graphqlErrors: Counter<"code">;
  inFlight: Gauge;
  answerCache: Counter<"outcome">;
  rejected: Counter<"reason">;
  neo4jDuration: Histogram<"mode" | "outcome">;
  neo4jSessionsOpen: Gauge;
  /** A bounded label for an operation name: hostile names must not blow up the label set. */
  operationLabel(name: string | null | undefined): string;
}

const MAX_OPERATION_LABELS = 200;

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const seen = new Set<string>();
  return {
    registry,
    httpRequests: new Counter({
      name: "http_requests_total",
      help: "HTTP requests by route, method and status.",
      labelNames: ["route", "method", "status"],
      registers: [registry],
    }),
    graphqlRequests: new Counter({
      name: "graphql_requests_total",
      help: "GraphQL operations by operation name and outcome code (OK when no error).",
      labelNames: ["operation", "code"],
      registers: [registry],
    }),
    graphqlDuration: new Histogram({
      name: "graphql_request_duration_seconds",
      help: "GraphQL operation duration by operation name.",
      labelNames: ["operation"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    graphqlErrors: new Counter({
      name: "graphql_errors_total",
      help: "GraphQL errors by extensions.code.",
      labelNames: ["code"],
      registers: [registry],
    }),
    inFlight: new Gauge({
      name: "graphql_requests_in_flight",
      help: "GraphQL requests being processed.",
      registers: [registry],
    }),
    answerCache: new Counter({
      name: "graphql_answer_cache_total",
      help: "Query answers by what the answer cache did: hit (served from it), miss (computed, kept), skip (not kept).",
      labelNames: ["outcome"],
      registers: [registry],
    }),
    rejected: new Counter({
      name: "http_requests_rejected_total",
      help: "Requests rejected before GraphQL ran, by reason (body too large, over the concurrency cap...).",
      labelNames: ["reason"],
      registers: [registry],
    }),
    neo4jDuration: new Histogram({
      name: "neo4j_transaction_duration_seconds",
      help: "Managed Neo4j transactions (generated and named queries) by mode and outcome code.",
      labelNames: ["mode", "outcome"],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    neo4jSessionsOpen: new Gauge({
      name: "neo4j_sessions_open",
      help: "Neo4j sessions open (each holds at most one pooled connection).",
      registers: [registry],
    }),
    operationLabel(name) {
      if (!name) return "anonymous";
      if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return "invalid";
      if (seen.has(name)) return name;
      if (seen.size >= MAX_OPERATION_LABELS) return "other";
      seen.add(name);
      return name;
    },
  };
}
