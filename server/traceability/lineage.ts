import type { RequestContext } from "../context.ts";
import { notFound } from "../errors/index.ts";
import { LIMITS, dataObjectTypes, range } from "./arguments.ts";
import { toGraphEdge, toGraphNode } from "./graph-elements.ts";
import type { GraphEdge, GraphNode } from "./graph-elements.ts";
import { LINEAGE_EXCLUDED_LABEL, LINEAGE_LABEL_FILTER, lineageRelationshipFilter } from "./lineage-filter.ts";
import type { TraversalDirection } from "./lineage-filter.ts";
import { withOpenWork } from "./open-work.ts";
import { lineageQueryName } from "./compiled-walks.ts";
import { readLineageRow } from "./lineage-row.ts";
import { runNamedQuery } from "./run-query.ts";

export interface LineageArgs {
  id: string;
  direction?: TraversalDirection | null;
  maxDepth?: number | null;
  types?: readonly string[] | null;
  limit?: number | null;
  /** Ship node and link properties (false when the query does not select them). */
  withProperties?: boolean;
  /** Count each node's open work (when the query selects `openWork`; off by default). */
  withOpenWork?: boolean;
}

export interface Subgraph {
  root: GraphNode;
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
  totalNodes: number;
  depths: number[];
}

/**
 * `lineage`: the root's upstream and/or downstream within maxDepth, nearest first, capped at `limit` nodes
 * (root included in `nodes`, depth 0), with the lineage links among the returned nodes, each with its role.
 * An existing object with nothing in that direction answers itself alone.
 */
export async function lineage(ctx: RequestContext, args: LineageArgs): Promise<Subgraph> {
  const maxDepth = range("maxDepth", args.maxDepth ?? 3, LIMITS.lineageDepth);
  const limit = range("limit", args.limit ?? 500, LIMITS.lineageLimit);
  const types = dataObjectTypes("types", args.types);
  const [row] = await runNamedQuery(ctx, await lineageQueryName(ctx), {
    id: args.id,
    relationshipFilter: lineageRelationshipFilter(args.direction ?? "BOTH"),
    labelFilter: LINEAGE_LABEL_FILTER,
    excludedLabel: LINEAGE_EXCLUDED_LABEL,
    maxDepth,
    types,
    limit: limit - 1,
    scan: LIMITS.scan,
    properties: args.withProperties ?? true,
  });
  if (!row) throw notFound("data object", args.id);
  const answer = readLineageRow(row);
  const root = toGraphNode(answer.root);
  const { reached, total } = answer;
  const drawn = [root, ...reached.map((r) => toGraphNode(r.node))];
  const nodes = args.withOpenWork ? await withOpenWork(ctx, drawn) : drawn;
  const depths = [0, ...reached.map((r) => r.depth)];
  const edges = answer.edges.map(toGraphEdge);
  return {
    root: nodes[0] ?? root,
    nodes,
    edges,
    truncated: total > reached.length || total >= LIMITS.scan,
    totalNodes: total + 1,
    depths,
  };
}
