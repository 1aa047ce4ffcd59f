import { mergeGraphs } from "./merge-graphs.ts";
import type { GraphEdge, GraphNode, TraceResult, ViewGraph } from "./types.ts";

/** A lineage or impact result (nodes with their depths, edges) as a drawable graph. */
export function subgraphToView(result: {
  root?: GraphNode;
  nodes: GraphNode[];
  edges: GraphEdge[];
  depths: number[];
}): ViewGraph {
  const nodes = result.nodes.map((n, i) => ({ ...n, depth: result.depths[i] ?? 0 }));
  if (result.root && !nodes.some((n) => n.id === result.root?.id))
    nodes.unshift({ ...result.root, depth: 0 });
  return { nodes, edges: result.edges };
}

/** The union of a trace's paths as one graph; depth counts from the traced object (0) back to the origin. */
export function traceToView(trace: TraceResult): ViewGraph {
  return mergeGraphs(
    trace.paths.map((p) => ({
      nodes: p.nodes.map((n, i) => ({ ...n, depth: p.nodes.length - 1 - i })),
      edges: p.edges,
    })),
  );
}

/** Ids of every node and edge on a trace's paths: what the audit view highlights. */
export function traceHighlight(trace: TraceResult): Set<string> {
  const ids = new Set<string>();
  for (const p of trace.paths) {
    for (const n of p.nodes) ids.add(n.id);
    for (const e of p.edges) ids.add(e.id);
  }
  return ids;
}
