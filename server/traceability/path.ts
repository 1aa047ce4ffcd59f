import type { RequestContext } from "../context.ts";
import { notFound } from "../errors/index.ts";
import { LIMITS, range } from "./arguments.ts";
import { toGraphEdge, toGraphNode } from "./graph-elements.ts";
import type { GraphEdge, GraphNode, NodeRow } from "./graph-elements.ts";
import { LINEAGE_LABEL_FILTER, lineageRelationshipFilter } from "./lineage-filter.ts";
import { runNamedQuery } from "./run-query.ts";

export interface PathArgs {
  from: string;
  to: string;
  maxDepth?: number | null;
}

export interface Path {
  nodes: GraphNode[];
  edges: GraphEdge[];
  length: number;
}

/**
 * `path`: the shortest lineage path between two objects either way (`from` downstream to `to`, or `to`
 * downstream to `from`, the forward one on a tie), ordered the way impact flows; null when none exists
 * within maxDepth, and when `from` is `to`. One round trip (path-either-way.cypher): both existence checks
 * and both walks; an unknown `from` is reported before an unknown `to`.
 */
export async function path(ctx: RequestContext, args: PathArgs): Promise<Path | null> {
  const maxDepth = range("maxDepth", args.maxDepth ?? 25, LIMITS.pathDepth);
  const [row] = await runNamedQuery(ctx, "path-either-way", {
    from: args.from,
    to: args.to,
    maxDepth,
    relationshipFilter: lineageRelationshipFilter("DOWNSTREAM"),
    labelFilter: LINEAGE_LABEL_FILTER,
  });
  if (!row) throw new Error("path-either-way.cypher answered no row (it always answers one)");
  if (row.fromExists !== true) throw notFound("data object", args.from);
  if (row.toExists !== true) throw notFound("data object", args.to);
  return row.nodes ? toPath(row) : null;
}

/** A row of path.cypher or path-either-way.cypher (with a path) as a Path. */
export function toPath(row: Record<string, unknown>): Path {
  const edges = (row.edges as Record<string, unknown>[]).map(toGraphEdge);
  return { nodes: (row.nodes as NodeRow[]).map(toGraphNode), edges, length: edges.length };
}
