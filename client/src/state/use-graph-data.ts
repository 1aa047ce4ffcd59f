import { useEffect, useState } from "react";
import { ApiError } from "../api/graphql.ts";
import { api } from "../api/queries.ts";
import type { Impact } from "../api/queries.ts";
import { subgraphToView, traceToView } from "../graph/from-results.ts";
import { mergeGraphs } from "../graph/merge-graphs.ts";
import type { TraceResult } from "../graph/trace-export.ts";
import { EMPTY_GRAPH } from "../graph/types.ts";
import type { ViewGraph } from "../graph/types.ts";
import type { ViewState } from "../graph/url-state.ts";

/** What the graph views show, and how loading it went. */
export interface GraphData {
  status: "idle" | "loading" | "ready" | "error";
  error: ApiError | null;
  graph: ViewGraph;
  truncated: boolean;
  totalNodes: number;
  impact: Impact | null;
  trace: TraceResult | null;
  /** Increases with every completed load (tests wait on it). */
  loads: number;
}

const INITIAL: GraphData = {
  status: "idle",
  error: null,
  graph: EMPTY_GRAPH,
  truncated: false,
  totalNodes: 0,
  impact: null,
  trace: null,
  loads: 0,
};

/**
 * Loads what the current view needs: the lineage of the root (plus every expanded neighbourhood), its
 * impact, or its trace. A newer state aborts the older request, so a stale response never replaces a fresh
 * one.
 */
export function useGraphData(state: ViewState): GraphData {
  const [data, setData] = useState<GraphData>(INITIAL);
  const { root, view, direction, depth, limit } = state;
  const expanded = state.expanded.join(",");
  useEffect(() => {
    if (!root || view === "coverage") return;
    const controller = new AbortController();
    const signal = controller.signal;
    setData((d) => ({ ...d, status: "loading", error: null }));
    const load = async (): Promise<Omit<GraphData, "status" | "error" | "loads">> => {
      const expansions = () =>
        Promise.all(
          expanded
            .split(",")
            .filter((id) => id.length > 0)
            .map((id) =>
              api.lineage({ id, direction: "BOTH", maxDepth: 1, limit: 300 }, signal).then(subgraphToView),
            ),
        );
      if (view === "impact") {
        const impact = await api.impact({ id: root, limit }, signal);
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
        const trace = await api.trace(root, signal);
        let graph = traceToView(trace);
        if (!trace.found) {
          // No decision behind it: show what is upstream, so the broken chain is visible.
          const upstream = await api.lineage(
            { id: root, direction: "UPSTREAM", maxDepth: 4, limit: 200 },
            signal,
          );
          graph = subgraphToView(upstream);
        }
        return {
          graph: mergeGraphs([graph, ...(await expansions())]),
          truncated: trace.truncated,
          totalNodes: graph.nodes.length,
          impact: null,
          trace,
        };
      }
      const lineage = await api.lineage({ id: root, direction, maxDepth: depth, limit }, signal);
      return {
        graph: mergeGraphs([subgraphToView(lineage), ...(await expansions())]),
        truncated: lineage.truncated,
        totalNodes: lineage.totalNodes,
        impact: null,
        trace: null,
      };
    };
    load().then(
      (result) => setData((d) => ({ ...result, status: "ready", error: null, loads: d.loads + 1 })),
      (error: unknown) => {
        if (signal.aborted) return;
        const apiError = error instanceof ApiError ? error : new ApiError("INTERNAL", String(error));
        setData((d) => ({ ...INITIAL, status: "error", error: apiError, loads: d.loads + 1 }));
      },
    );
    return () => controller.abort();
  }, [root, view, direction, depth, limit, expanded]);
  return data;
}
