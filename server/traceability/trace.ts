import { canSeeAccountability } from "../context.ts";
import type { RequestContext } from "../context.ts";
import { notFound } from "../errors/index.ts";
import { LIMITS, dataObjectType, range } from "./arguments.ts";
import { toApproval, toGraphEdge, toGraphNode, toPartyRef } from "./graph-elements.ts";
import type { GraphEdge, GraphNode, NodeRow, PartyRef } from "./graph-elements.ts";
import { lineageRelationshipFilter } from "./lineage-filter.ts";
import { runNamedQuery } from "./run-query.ts";

export interface TraceArgs {
  id: string;
  toType?: string | null;
  maxDepth?: number | null;
}

export interface TracePath {
  nodes: GraphNode[];
  edges: GraphEdge[];
  length: number;
  origin: {
    node: GraphNode;
    policyIds: string[];
    approvals: { party: PartyRef; at: string | null }[];
    owners: PartyRef[];
  };
}

export interface Trace {
  found: boolean;
  paths: TracePath[];
  truncated: boolean;
  approved: boolean;
}

/**
 * `trace`: the shortest upstream paths from an object to the nearest objects of `toType` (by default the
 * ScopeAgreement: the portfolio decision), origin first, with the audit evidence on each origin: governing
 * policies, and for auditors who approved it and when, and who owns it.
 */
export async function trace(ctx: RequestContext, args: TraceArgs): Promise<Trace> {
  const toType = dataObjectType("toType", args.toType ?? "ScopeAgreement");
  const maxDepth = range("maxDepth", args.maxDepth ?? 25, LIMITS.traceDepth);
  const rows = await runNamedQuery(ctx, "trace", {
    id: args.id,
    toType,
    maxDepth,
    maxPaths: LIMITS.tracePaths,
    relationshipFilter: lineageRelationshipFilter("UPSTREAM"),
    accountability: canSeeAccountability(ctx),
  });
  if (rows.length === 0) await assertExists(ctx, args.id);
  const paths = rows.map(toTracePath);
  const shortest = Math.min(...paths.map((p) => p.length));
  const nearest = paths.filter((p) => p.length === shortest);
  return {
    found: nearest.length > 0,
    paths: nearest.slice(0, LIMITS.tracePaths),
    truncated: nearest.length > LIMITS.tracePaths,
    approved: nearest.some(
      (p) => p.origin.node.type === "ScopeAgreement" && p.origin.node.properties.decision === "APPROVED",
    ),
  };
}

/** Throws NOT_FOUND unless a data object with this id exists. */
export async function assertExists(ctx: RequestContext, id: string): Promise<GraphNode> {
  const [row] = await runNamedQuery(ctx, "target", { id });
  if (!row) throw notFound("data object", id);
  return toGraphNode(row.node as NodeRow);
}

function toTracePath(row: Record<string, unknown>): TracePath {
  const nodes = (row.nodes as NodeRow[]).map(toGraphNode);
  const edges = (row.edges as Record<string, unknown>[]).map(toGraphEdge);
  return {
    nodes,
    edges,
    length: edges.length,
    origin: {
      node: nodes[0] as GraphNode,
      policyIds: (row.policyIds as unknown[]).map(String),
      approvals: (row.approvals as Record<string, unknown>[]).map(toApproval),
      owners: (row.owners as Record<string, unknown>[]).map(toPartyRef),
    },
  };
}
