import { DATA_OBJECT_TYPES } from "../../../server/model/index.ts";
import { linkRoleOf } from "../../../client/src/graph/link-roles.ts";
import type { GraphEdge, GraphNode, ViewGraph } from "../../../client/src/graph/types.ts";

/** A lineage link with the role the model gives its type. */
export function edge(
  from: string,
  type: string,
  to: string,
): GraphEdge & { properties: Record<string, unknown> } {
  return { id: `${from}-${type}-${to}`, type, role: linkRoleOf(type), from, to, properties: {} };
}

/** A node of a type, placed as the API would place it. */
export function node(
  id: string,
  type: string,
  extra: Partial<GraphNode> & { depth?: number; properties?: Record<string, unknown> } = {},
): GraphNode & { depth?: number; properties: Record<string, unknown> } {
  const def = DATA_OBJECT_TYPES.find((t) => t.name === type);
  return {
    id,
    type,
    name: `${type} ${id}`,
    status: "ACTIVE",
    valueStream: def?.valueStream ?? "?",
    valueStream30: def?.valueStream30 ?? "?",
    lane: def?.lane ?? 0,
    properties: {},
    ...extra,
  };
}

/** A generated lineage of `n` nodes spread over every type, each linked to an earlier one. */
export function bigGraph(n: number): ViewGraph {
  const nodes = Array.from({ length: n }, (_, i) =>
    node(`N${i}`, (DATA_OBJECT_TYPES[i % DATA_OBJECT_TYPES.length] as { name: string }).name, {
      depth: i % 6,
    }),
  );
  const edges = nodes.slice(1).map((x, i) => ({
    id: `E${i}`,
    type: "SUPPORTS",
    role: "PROVENANCE" as const,
    from: `N${Math.floor(i / 3)}`,
    to: x.id,
    properties: {},
  }));
  return { nodes, edges };
}
