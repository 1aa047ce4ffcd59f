import { streamOfType } from "./legend.ts";
import type { StreamModel } from "./legend.ts";
import type { ViewGraph } from "./types.ts";

/** What the filters let through; an empty list means "all". */
export interface GraphFilter {
  types: readonly string[];
  streams: readonly string[];
  relationships: readonly string[];
  statuses: readonly string[];
  /** Dim what does not match, or hide it. */
  mode: "dim" | "hide";
}

export const NO_FILTER: GraphFilter = {
  types: [],
  streams: [],
  relationships: [],
  statuses: [],
  mode: "dim",
};

export function isFiltering(filter: GraphFilter): boolean {
  return (
    filter.types.length + filter.streams.length + filter.relationships.length + filter.statuses.length > 0
  );
}

/**
 * Applies the filters: in "hide" mode returns the graph without the nodes and edges that do not match; in
 * "dim" mode keeps everything and returns the ids to dim. The root is always kept and never dimmed.
 */
export function filterGraph(
  graph: ViewGraph,
  filter: GraphFilter,
  options: { model: StreamModel; root?: string },
): { graph: ViewGraph; dimmed: Set<string> } {
  const nodeOk = (n: ViewGraph["nodes"][number]) =>
    n.id === options.root ||
    ((filter.types.length === 0 || filter.types.includes(n.type)) &&
      (filter.streams.length === 0 || filter.streams.includes(streamOfType(n.type, options.model))) &&
      (filter.statuses.length === 0 || (n.status !== null && filter.statuses.includes(n.status))));
  const keptNodes = new Set(graph.nodes.filter(nodeOk).map((n) => n.id));
  const edgeOk = (e: ViewGraph["edges"][number]) =>
    keptNodes.has(e.from) &&
    keptNodes.has(e.to) &&
    (filter.relationships.length === 0 || filter.relationships.includes(e.type));
  if (filter.mode === "hide") {
    return {
      graph: { nodes: graph.nodes.filter((n) => keptNodes.has(n.id)), edges: graph.edges.filter(edgeOk) },
      dimmed: new Set(),
    };
  }
  const dimmed = new Set<string>();
  for (const n of graph.nodes) if (!keptNodes.has(n.id)) dimmed.add(n.id);
  for (const e of graph.edges) if (!edgeOk(e)) dimmed.add(e.id);
  return { graph, dimmed };
}
