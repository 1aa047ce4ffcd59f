import { canSeeAccountability } from "../context.ts";
import type { RequestContext } from "../context.ts";
import { notFound } from "../errors/index.ts";
import { LIMITS } from "./arguments.ts";
import { toApproval, toGraphEdge, toGraphNode, toPartyRef } from "./graph-elements.ts";
import type { GraphEdge, GraphNode, NodeRow, PartyRef } from "./graph-elements.ts";
import { LINEAGE_TYPES } from "./lineage-filter.ts";
import { openWorkParams } from "./open-statuses.ts";
import { runNamedQuery } from "./run-query.ts";

export interface NodeDetails {
  node: GraphNode;
  owners: PartyRef[];
  approvals: { party: PartyRef; at: string | null }[];
  assignees: PartyRef[];
  openWork: GraphNode[];
  incoming: GraphEdge[];
  outgoing: GraphEdge[];
  neighbours: GraphNode[];
}

/** `details`: one object with its accountability (auditors and up), open work and lineage links. */
export async function details(ctx: RequestContext, args: { id: string }): Promise<NodeDetails> {
  const [row] = await runNamedQuery(ctx, "details", {
    id: args.id,
    accountability: canSeeAccountability(ctx),
    lineageTypes: LINEAGE_TYPES,
    limit: LIMITS.detailsLinks,
    ...openWorkParams(),
  });
  if (!row) throw notFound("data object", args.id);
  const node = toGraphNode(row.node as NodeRow);
  const links = row.links as (Record<string, unknown> & { neighbour: NodeRow })[];
  const edges = links.map(toGraphEdge);
  const neighbours = new Map<string, GraphNode>();
  for (const link of links) {
    const n = toGraphNode(link.neighbour);
    neighbours.set(n.id, n);
  }
  return {
    node,
    owners: (row.owners as Record<string, unknown>[]).map(toPartyRef),
    approvals: (row.approvals as Record<string, unknown>[]).map(toApproval),
    assignees: (row.assignees as Record<string, unknown>[]).map(toPartyRef),
    openWork: (row.openWork as NodeRow[]).map(toGraphNode),
    incoming: edges.filter((e) => e.to === node.id && e.from !== node.id),
    outgoing: edges.filter((e) => e.from === node.id),
    neighbours: [...neighbours.values()],
  };
}
