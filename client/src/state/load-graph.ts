import { ImpactDocument, LineageDocument, TraceDocument, graphql } from "../api/index.ts";
import { subgraphToView, traceToView } from "../graph/from-results.ts";
import { mergeGraphs } from "../graph/merge-graphs.ts";
import { provenanceCone } from "../graph/provenance-cone.ts";
import type { Direction, Impact, TraceResult, ViewGraph } from "../graph/types.ts";
import type { ViewState } from "../graph/url-state.ts";
import { impactVariables, lineageVariables, traceVariables } from "./graph-requests.ts";
import { graphqlOnce } from "./prefetch.ts";

/** What one load of a graph view brings: the graph to draw, its cut-off, and the view's own result. */
export interface GraphResult {
  graph: ViewGraph;
  truncated: boolean;
  totalNodes: number;
  impact: Impact | null;
  trace: TraceResult | null;
}

/** Neighbourhoods the user expanded: one hop each way, enough to see what is around. */
const EXPANSION = { direction: "BOTH", maxDepth: 1, limit: 300 } as const;
/**
 * A broken chain shows how far its provenance goes instead: the neighbourhood both ways (a component CI gets
 * its authority from the service it SUPPORTS, downstream), cut to the provenance cone of the root.
 */
const BROKEN_AROUND = { direction: "BOTH", maxDepth: 4, limit: 200 } as const;

type Around = { direction: Direction; maxDepth: number; limit: number };
const lineage = (id: string, around: Around, signal: AbortSignal) =>
  graphql(LineageDocument, { id, ...around }, signal).then((d) => d.lineage);

/**
 * Loads what a graph view needs: the lineage of the root, its impact or its trace, plus every expanded
 * neighbourhood, merged into one graph. `state.root` is set (the caller stays idle without one). Its first
 * request is the one a deep link sent early (./prefetch.ts) when that one is for the same view.
 */
export async function loadGraph(
  state: Pick<ViewState, "view" | "direction" | "depth" | "limit" | "expanded"> & { root: string },
  signal: AbortSignal,
): Promise<GraphResult> {
  const { root, view } = state;
  const expansions = () =>
    Promise.all(state.expanded.map((id) => lineage(id, EXPANSION, signal).then(subgraphToView)));
  if (view === "impact") {
    const impact = (await graphqlOnce(ImpactDocument, impactVariables(state), signal)).impact;
    const graph = subgraphToView({
      root: impact.root,
      nodes: [impact.root, ...impact.nodes],
      edges: impact.edges,
      depths: [0, ...impact.depths],
    });
    return {
      graph: mergeGraphs([graph, ...(await expansions())]),
      truncated: impact.truncated,
      totalNodes: impact.total + 1,
      impact,
      trace: null,
    };
  }
  if (view === "trace") {
    const trace = (await graphqlOnce(TraceDocument, traceVariables(state), signal)).trace;
    // No decision behind it: show where its provenance goes, so the broken chain is visible.
    const graph = trace.found
      ? traceToView(trace)
      : provenanceCone(subgraphToView(await lineage(root, BROKEN_AROUND, signal)), root);
    return {
      graph: mergeGraphs([graph, ...(await expansions())]),
      truncated: trace.truncated,
      totalNodes: graph.nodes.length,
      impact: null,
      trace,
    };
  }
  const result = (await graphqlOnce(LineageDocument, lineageVariables(state), signal)).lineage;
  return {
    graph: mergeGraphs([subgraphToView(result), ...(await expansions())]),
    truncated: result.truncated,
    totalNodes: result.totalNodes,
    impact: null,
    trace: null,
  };
}
