import type { RequestContext } from "../context.ts";
import { LIMITS, range } from "./arguments.ts";
import { LINEAGE_LABEL_FILTER, lineageRelationshipFilter } from "./lineage-filter.ts";
import type { TraversalDirection } from "./lineage-filter.ts";
import { toPath } from "./path.ts";
import type { Path } from "./path.ts";
import { runNamedQuery } from "./run-query.ts";
import { assertExists } from "./trace.ts";

export interface WhyHereArgs {
  root: string;
  id: string;
  direction?: TraversalDirection | null;
  maxDepth?: number | null;
}

/**
 * `whyHere`: the hop chain by which the lineage walk from `root` (same direction filter, label filter,
 * depth bound, breadth first and each node once, as lineage.cypher) reaches `id`: the first path the walk
 * finds to it is the one lineage reached it by. The client shows this answer, so UI and API cannot disagree.
 */
export async function whyHere(ctx: RequestContext, args: WhyHereArgs): Promise<Path | null> {
  const maxDepth = range("maxDepth", args.maxDepth ?? 3, LIMITS.lineageDepth);
  const [root] = await Promise.all([assertExists(ctx, args.root), assertExists(ctx, args.id)]);
  if (args.root === args.id) return { nodes: [root], edges: [], length: 0 };
  const [row] = await runNamedQuery(ctx, "path", {
    from: args.root,
    to: args.id,
    maxDepth,
    relationshipFilter: lineageRelationshipFilter(args.direction ?? "BOTH"),
    labelFilter: LINEAGE_LABEL_FILTER,
  });
  return row ? toPath(row) : null;
}
