import { isNode } from "neo4j-driver";
import type { Node } from "neo4j-driver";
import { DATA_OBJECT_LABEL, getDataObjectType, linkRoleOf } from "../model/index.ts";
import type { LinkRole } from "../model/index.ts";
import { toPlain } from "./neo4j-values.ts";

/** A data object as the traceability fields return it (GraphQL type GraphNode). */
export interface GraphNode {
  id: string;
  type: string;
  name: string;
  status: string | null;
  valueStream: string;
  valueStream30: string;
  lane: number;
  properties: Record<string, unknown>;
  /** Lineage and impact answers, when selected (open-work.ts). */
  openWork?: OpenWork;
}

/** Open work one link away from an object (GraphQL type OpenWork). */
export interface OpenWork {
  incidents: number;
  problems: number;
  changes: number;
  /** Open P1/P2 incidents or problems touch the object, or it is one. */
  urgent: boolean;
}

/** A lineage link (GraphQL type GraphEdge), pointing the way impact flows. */
export interface GraphEdge {
  id: string;
  type: string;
  from: string;
  to: string;
  /** What the link means for provenance (one role per relationship type, server/model/roles.ts). */
  role: LinkRole;
  properties: Record<string, unknown>;
}

// The role of a lineage link comes from the model (linkRoleOf, LinkRole), shared with the client.
export { linkRoleOf };
export type { LinkRole };

/** A person or team (GraphQL type PartyRef). */
export interface PartyRef {
  id: string;
  name: string;
  kind: string | null;
  email: string | null;
}

/** A node map as the named queries return it: its properties plus `labels`. */
export type NodeRow = Record<string, unknown> & { labels?: unknown };

/** The IT4IT type of a node: its label other than DataObject that the meta-model knows. */
export function typeOfLabels(labels: readonly string[]): string {
  return labels.find((l) => l !== DATA_OBJECT_LABEL && getDataObjectType(l)) ?? labels[0] ?? "Unknown";
}

/** Maps a node row (`n {.*, labels: labels(n)}`, or a driver Node) to a GraphNode, placing it from the meta-model. */
export function toGraphNode(row: NodeRow | Node): GraphNode {
  const { labels, ...rest } = isNode(row) ? { ...row.properties, labels: row.labels } : row;
  const props = toPlain(rest) as Record<string, unknown>;
  const type = typeOfLabels(Array.isArray(labels) ? (labels as string[]) : []);
  const def = getDataObjectType(type);
  return {
    id: String(props.id),
    type,
    name: typeof props.name === "string" ? props.name : String(props.id),
    status: typeof props.status === "string" ? props.status : null,
    valueStream: def?.valueStream ?? "UNKNOWN",
    valueStream30: def?.valueStream30 ?? "UNKNOWN",
    lane: def?.lane ?? -1,
    properties: props,
  };
}

/** Maps an edge row (`{id, type, from, to, properties}`) to a GraphEdge. */
export function toGraphEdge(row: Record<string, unknown>): GraphEdge {
  return {
    id: String(row.id),
    type: String(row.type),
    from: String(row.from),
    to: String(row.to),
    role: linkRoleOf(String(row.type)),
    properties: (toPlain(row.properties ?? {}) as Record<string, unknown>) ?? {},
  };
}

/** Maps a Party node map to a PartyRef. */
export function toPartyRef(row: Record<string, unknown>): PartyRef {
  const props = toPlain(row) as Record<string, unknown>;
  return {
    id: String(props.id),
    name: typeof props.name === "string" ? props.name : String(props.id),
    kind: typeof props.kind === "string" ? props.kind : null,
    email: typeof props.email === "string" ? props.email : null,
  };
}

/** Maps an approval row (`{party, at}`) to the GraphQL Approval. */
export function toApproval(row: Record<string, unknown>): { party: PartyRef; at: string | null } {
  const at = toPlain(row.at);
  return { party: toPartyRef(row.party as Record<string, unknown>), at: typeof at === "string" ? at : null };
}
