import type { RequestContext } from "../context.ts";
import { LIMITS, range } from "./arguments.ts";
import { toGraphEdge, toGraphNode } from "./graph-elements.ts";
import type { GraphEdge, GraphNode, NodeRow } from "./graph-elements.ts";
import { LINEAGE_LABEL_FILTER, lineageRelationshipFilter } from "./lineage-filter.ts";
import { runNamedQuery } from "./run-query.ts";
import { assertExists } from "./trace.ts";

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
 * downstream to `from`), ordered the way impact flows; null when none exists within maxDepth.
 */
export async function path(ctx: RequestContext, args: PathArgs): Promise<Path | null> {
  const maxDepth = range("maxDepth", args.maxDepth ?? 25, LIMITS.pathDepth);
  await assertExists(ctx, args.from);
  await assertExists(ctx, args.to);
  if (args.from === args.to) return null;
  const relationshipFilter = lineageRelationshipFilter("DOWNSTREAM");
  const labelFilter = LINEAGE_LABEL_FILTER;
  const [forward, backward] = await Promise.all([
    runNamedQuery(ctx, "path", { from: args.from, to: args.to, maxDepth, relationshipFilter, labelFilter }),
    runNamedQuery(ctx, "path", { from: args.to, to: args.from, maxDepth, relationshipFilter, labelFilter }),
  ]);
  const candidates = [...forward, ...backward].map(toPath).sort((a, b) => a.length - b.length);
  return candidates[0] ?? null;
}

/** A row of path.cypher as a Path. */
export function toPath(row: Record<string, unknown>): Path {
  const edges = (row.edges as Record<string, unknown>[]).map(toGraphEdge);
  return { nodes: (row.nodes as NodeRow[]).map(toGraphNode), edges, length: edges.length };
}
