import type { ViewGraph, ViewNode } from "./types.ts";

/**
 * Merges graphs (the root's lineage and the neighbourhoods the user expanded) into one, each node and edge
 * once; a node keeps the smallest depth it was seen at. Returns a new graph; inputs are not changed.
 */
export function mergeGraphs(graphs: readonly ViewGraph[]): ViewGraph {
  const nodes = new Map<string, ViewNode>();
  const edges = new Map<string, ViewGraph["edges"][number]>();
  for (const graph of graphs) {
    for (const node of graph.nodes) {
      const seen = nodes.get(node.id);
      if (!seen) nodes.set(node.id, node);
      else if (node.depth !== undefined && (seen.depth === undefined || node.depth < seen.depth)) {
        nodes.set(node.id, { ...seen, depth: node.depth });
      }
    }
    for (const edge of graph.edges) if (!edges.has(edge.id)) edges.set(edge.id, edge);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
