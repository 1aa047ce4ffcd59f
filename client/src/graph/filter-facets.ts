import type { GraphFilter } from "./filter-graph.ts";
import { streamOfType, streamsOf, typeStyle } from "./legend.ts";
import type { StreamModel } from "./legend.ts";
import type { ViewGraph } from "./types.ts";

/** One value a filter can take, with how many drawn objects (or links) have it. */
export interface Facet {
  id: string;
  label: string;
  count: number;
}

export interface Facets {
  streams: Facet[];
  types: Facet[];
  statuses: Facet[];
  relationships: Facet[];
}

const tally = (values: Iterable<string>) => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
};

/**
 * The filter values present in a graph, with counts, in reading order (streams and types in the model's order,
 * statuses and relationships by name): the filter panel lists only what the graph holds. A value the filter
 * already uses stays listed (count 0) so it can be unticked.
 */
export function facetsOf(graph: ViewGraph, model: StreamModel, filter: GraphFilter): Facets {
  const keep = (counts: Map<string, number>, used: readonly string[]) => {
    for (const u of used) if (!counts.has(u)) counts.set(u, 0);
    return counts;
  };
  const streams = keep(tally(graph.nodes.map((n) => streamOfType(n.type, model))), filter.streams);
  const types = keep(tally(graph.nodes.map((n) => n.type)), filter.types);
  const statuses = keep(tally(graph.nodes.flatMap((n) => (n.status ? [n.status] : []))), filter.statuses);
  const relationships = keep(tally(graph.edges.map((e) => e.type)), filter.relationships);
  const streamOrder = streamsOf(model).map((s) => s.id);
  return {
    streams: [...streams]
      .sort(([a], [b]) => streamOrder.indexOf(a) - streamOrder.indexOf(b))
      .map(([id, count]) => ({ id, label: streamsOf(model).find((s) => s.id === id)?.label ?? id, count })),
    types: [...types]
      .sort(([a], [b]) => typeStyle(a).lane - typeStyle(b).lane || a.localeCompare(b))
      .map(([id, count]) => ({ id, label: typeStyle(id).label, count })),
    statuses: [...statuses]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([id, count]) => ({ id, label: id, count })),
    relationships: [...relationships]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([id, count]) => ({ id, label: id, count })),
  };
}

/** The active filter in words, "only Incident, Problem · status OPEN", or null when nothing filters. */
export function filterSummary(filter: GraphFilter, model: StreamModel): string | null {
  const parts = [
    filter.streams.length
      ? `streams ${filter.streams.map((s) => streamsOf(model).find((x) => x.id === s)?.label ?? s).join(", ")}`
      : "",
    filter.types.length ? filter.types.map((t) => typeStyle(t).label).join(", ") : "",
    filter.statuses.length ? `status ${filter.statuses.join(", ")}` : "",
    filter.relationships.length ? `links ${filter.relationships.join(", ")}` : "",
  ].filter((p) => p);
  return parts.length ? `only ${parts.join(" · ")}` : null;
}
