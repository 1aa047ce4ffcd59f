import type { RequestContext } from "../context.ts";
import { DATA_OBJECT_TYPE_NAMES } from "../model/index.ts";
import { LIMITS, dataObjectType, range } from "./arguments.ts";
import { coverageRows } from "./coverage-rows.ts";
import type { Coverage } from "./coverage-rows.ts";
import { toGraphNode } from "./graph-elements.ts";
import type { GraphNode, NodeRow } from "./graph-elements.ts";
import { lineageRelationshipFilter } from "./lineage-filter.ts";
import { toNumber } from "./neo4j-values.ts";
import { runNamedQuery } from "./run-query.ts";

/**
 * `coverage`: how much of the estate is traceable to an approved portfolio decision (an upstream lineage
 * path to a ScopeAgreement whose decision is APPROVED), per type, per value stream and in total.
 */
export async function coverage(ctx: RequestContext): Promise<Coverage[]> {
  const [countRows, tracedRows] = await Promise.all([
    runNamedQuery(ctx, "type-counts", { types: DATA_OBJECT_TYPE_NAMES }),
    runNamedQuery(ctx, "traced-counts", {
      relationshipFilter: lineageRelationshipFilter("DOWNSTREAM"),
      maxDepth: LIMITS.coverageDepth,
    }),
  ]);
  const counts = (countRows[0]?.counts ?? []) as { type: string; count: unknown }[];
  const totals = new Map(counts.map((c) => [c.type, toNumber(c.count)]));
  const traced = new Map(tracedRows.map((r) => [String(r.type), toNumber(r.traced)]));
  return coverageRows(totals, traced);
}

export interface BrokenChainsArgs {
  type: string;
  limit?: number | null;
}

/** `brokenChains`: objects of a type that no approved portfolio decision leads to (oldest id first). */
export async function brokenChains(ctx: RequestContext, args: BrokenChainsArgs): Promise<GraphNode[]> {
  const type = dataObjectType("type", args.type);
  const limit = range("limit", args.limit ?? 100, LIMITS.brokenChainsLimit);
  const rows = await runNamedQuery(ctx, "broken-chains", {
    type,
    limit,
    relationshipFilter: lineageRelationshipFilter("DOWNSTREAM"),
    maxDepth: LIMITS.coverageDepth,
  });
  return rows.map((r) => toGraphNode(r.node as NodeRow));
}
