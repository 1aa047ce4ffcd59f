import type { RequestContext } from "../context.ts";
import { notFound } from "../errors/index.ts";
import { LIMITS, range } from "./arguments.ts";
import { toGraphEdge, toGraphNode } from "./graph-elements.ts";
import type { GraphEdge, GraphNode, NodeRow } from "./graph-elements.ts";
import { LINEAGE_EXCLUDED_LABEL, LINEAGE_LABEL_FILTER, lineageRelationshipFilter } from "./lineage-filter.ts";
import { impactQueryName } from "./compiled-walks.ts";
import { toNumber } from "./neo4j-values.ts";
import { openWorkParams } from "./open-statuses.ts";
import { withOpenWork } from "./open-work.ts";
import { runNamedQuery } from "./run-query.ts";

export interface ImpactArgs {
  id: string;
  maxDepth?: number | null;
  limit?: number | null;
  /** Ship node and link properties (false when the query does not select them). */
  withProperties?: boolean;
  /** Count each node's open work (when the query selects `openWork`; off by default). */
  withOpenWork?: boolean;
}

export interface Impact {
  root: GraphNode;
  byType: { type: string; count: number }[];
  total: number;
  openIncidents: number;
  openProblems: number;
  openRFCs: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
  depths: number[];
  truncated: boolean;
}

/**
 * `impact`: the blast radius of an object — everything downstream within maxDepth, counted by type (the
 * object itself not counted), with the open incidents, problems and RFCs reached; the node list is capped at
 * `limit`, nearest first (it does not include the root); the links among root and nodes carry their role.
 * An existing object with nothing downstream answers zero impact. Walked by the compiled traversal where the
 * Neo4j has it (impact-procedure.cypher), else by impact.cypher over APOC: the same answer (tested).
 */
export async function impact(ctx: RequestContext, args: ImpactArgs): Promise<Impact> {
  const maxDepth = range("maxDepth", args.maxDepth ?? LIMITS.impactDefaultDepth, LIMITS.impactDepth);
  const limit = range("limit", args.limit ?? 5000, LIMITS.impactLimit);
  const [row] = await runNamedQuery(ctx, await impactQueryName(ctx), {
    id: args.id,
    maxDepth,
    limit,
    scan: LIMITS.scan,
    relationshipFilter: lineageRelationshipFilter("DOWNSTREAM"),
    labelFilter: LINEAGE_LABEL_FILTER,
    excludedLabel: LINEAGE_EXCLUDED_LABEL,
    properties: args.withProperties ?? true,
    ...openWorkParams(),
  });
  if (!row) throw notFound("data object", args.id);
  const first = toGraphNode(row.root as NodeRow);
  const listed = [first, ...(row.nodes as NodeRow[]).map(toGraphNode)];
  const [root = first, ...nodes] = args.withOpenWork ? await withOpenWork(ctx, listed) : listed;
  const total = toNumber(row.total);
  const edges = (row.edges as Record<string, unknown>[]).map(toGraphEdge);
  return {
    root,
    byType: (row.byType as { type: string; count: unknown }[]).map((t) => ({
      type: t.type,
      count: toNumber(t.count),
    })),
    total,
    openIncidents: toNumber(row.openIncidents),
    openProblems: toNumber(row.openProblems),
    openRFCs: toNumber(row.openRFCs),
    nodes,
    edges,
    depths: (row.depths as unknown[]).map(toNumber),
    truncated: total > nodes.length || total >= LIMITS.scan,
  };
}
