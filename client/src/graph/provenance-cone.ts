import { RELATIONSHIP_ROLES, isAuthorityReversed } from "../../../server/model/index.ts";
import type { GraphEdge, ViewGraph } from "./types.ts";

/** The end of a provenance link that authority comes from, and the end it flows into (server/model/roles.ts). */
function authority(edge: GraphEdge): { parent: string; child: string } | null {
  if (RELATIONSHIP_ROLES[edge.type]?.role !== "provenance") return null;
  return isAuthorityReversed(edge.type)
    ? { parent: edge.to, child: edge.from }
    : { parent: edge.from, child: edge.to };
}

/**
 * The part of a neighbourhood that `root` draws its authority from: the root, and every object reached from it
 * by walking provenance links towards where authority comes from (the way the audit trace walks; operational,
 * feedback and reference links never count). What a broken chain shows: how far its provenance goes. Pure.
 */
export function provenanceCone(graph: ViewGraph, root: string): ViewGraph {
  const reached = new Set([root]);
  const walked = new Set<string>();
  for (let grew = true; grew;) {
    grew = false;
    for (const edge of graph.edges) {
      const link = authority(edge);
      if (!link || walked.has(edge.id) || !reached.has(link.child)) continue;
      walked.add(edge.id);
      reached.add(link.parent);
      grew = true;
    }
  }
  return {
    nodes: graph.nodes.filter((n) => reached.has(n.id)),
    edges: graph.edges.filter((e) => walked.has(e.id)),
  };
}
