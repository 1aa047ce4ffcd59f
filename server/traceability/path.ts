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
  const relationshipFilter = lineageRelationshipFilter("DOWNSTREAM");
  const labelFilter = LINEAGE_LABEL_FILTER;
  const walk = (from: string, to: string) =>
    from === to
      ? Promise.resolve([])
      : runNamedQuery(ctx, "path", { from, to, maxDepth, relationshipFilter, labelFilter });
  // The two existence checks and both walks at once (one round trip's wait instead of three in a row); an
  // unknown `from` is reported before an unknown `to`, whichever answer comes first.
  const [checks, walks] = await Promise.all([
    Promise.allSettled([assertExists(ctx, args.from), assertExists(ctx, args.to)]),
    Promise.allSettled([walk(args.from, args.to), walk(args.to, args.from)]),
  ]);
  for (const settled of [...checks, ...walks]) {
    if (settled.status === "rejected") throw settled.reason;
  }
  if (args.from === args.to) return null;
  const candidates = walks
    .flatMap((w) => (w.status === "fulfilled" ? w.value : []))
    .map(toPath)
    .sort((x, y) => x.length - y.length);
  return candidates[0] ?? null;
}

/** A row of path.cypher as a Path. */
export function toPath(row: Record<string, unknown>): Path {
  const edges = (row.edges as Record<string, unknown>[]).map(toGraphEdge);
  return { nodes: (row.nodes as NodeRow[]).map(toGraphNode), edges, length: edges.length };
}
