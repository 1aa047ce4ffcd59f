import { toCsv } from "./csv.ts";
import type { GraphEdge, GraphNode } from "./types.ts";

/** The trace result the audit view shows (GraphQL Trace, as the client queries it). */
export interface TraceResult {
  found: boolean;
  truncated: boolean;
  approved: boolean;
  paths: {
    nodes: GraphNode[];
    edges: GraphEdge[];
    length: number;
    origin: {
      node: GraphNode;
      policyIds: string[];
      approvals: {
        party: { id: string; name: string; kind: string | null; email: string | null };
        at: string | null;
      }[];
      owners: { id: string; name: string; kind: string | null; email: string | null }[];
    };
  }[];
}

/** One row of the evidence table: a hop of the path with what an auditor needs to see. */
export interface EvidenceRow {
  step: number;
  id: string;
  type: string;
  name: string;
  status: string;
  date: string;
  /** The relationship that leads from this object to the next one on the path. */
  relationship: string;
  accountable: string;
}

const DATE_KEYS = [
  "decidedAt",
  "releasedAt",
  "openedAt",
  "occurredAt",
  "reportedAt",
  "requestedAt",
  "startDate",
  "builtAt",
  "executedAt",
  "implementedAt",
];

/** The evidence table of one path, origin first. Approvals and owners appear on the origin row. */
export function evidenceRows(path: TraceResult["paths"][number]): EvidenceRow[] {
  return path.nodes.map((node, i) => {
    const dateKey = DATE_KEYS.find((k) => typeof node.properties[k] === "string");
    const edge = path.edges[i];
    const accountable =
      i === 0
        ? [
            ...path.origin.approvals.map((a) => `approved by ${a.party.name}${a.at ? ` at ${a.at}` : ""}`),
            ...path.origin.owners.map((o) => `owned by ${o.name}`),
            ...(path.origin.policyIds.length > 0 ? [`governed by ${path.origin.policyIds.join(", ")}`] : []),
          ].join("; ")
        : "";
    return {
      step: i + 1,
      id: node.id,
      type: node.type,
      name: node.name,
      status: node.status ?? "",
      date: dateKey ? `${dateKey} ${String(node.properties[dateKey])}` : "",
      relationship: edge ? `${edge.type} →` : "",
      accountable,
    };
  });
}

/** The trace as CSV: one row per hop per path, with the path number. */
export function traceCsv(trace: TraceResult): string {
  const rows = trace.paths.flatMap((path, p) =>
    evidenceRows(path).map((r) => [
      p + 1,
      r.step,
      r.id,
      r.type,
      r.name,
      r.status,
      r.date,
      r.relationship,
      r.accountable,
    ]),
  );
  return toCsv(["path", "step", "id", "type", "name", "status", "date", "relationship", "accountable"], rows);
}
