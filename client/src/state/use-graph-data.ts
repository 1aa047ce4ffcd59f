import type { ApiError } from "../api/index.ts";
import { EMPTY_GRAPH } from "../graph/types.ts";
import type { ViewState } from "../graph/url-state.ts";
import { useState } from "react";
import { graphLoadKey, takeFirstLoad } from "./first-load.ts";
import { loadGraph } from "./load-graph.ts";
import type { GraphResult } from "./load-graph.ts";
import { useLoad } from "./use-load.ts";
import type { LoadStatus } from "./use-load.ts";

/** What the graph views show, and how loading it went. */
export interface GraphData extends GraphResult {
  status: LoadStatus;
  error: ApiError | null;
  /** Increases with every completed load (tests wait on it). */
  loads: number;
}

const NOTHING: GraphResult = {
  graph: EMPTY_GRAPH,
  truncated: false,
  totalNodes: 0,
  impact: null,
  trace: null,
};

/**
 * Loads what the current view needs (lineage, impact or trace of the root, plus every expanded
 * neighbourhood) through the one loading hook: a newer state aborts the older request, so a stale response
 * never replaces a fresh one. While a load is in flight the previous graph stays; a failed load shows none.
 */
export function useGraphData(state: ViewState): GraphData {
  const { root, view, direction, depth, limit } = state;
  const expanded = state.expanded.join(",");
  // A deep link's first load may have been started before the app rendered (first-load.ts).
  const [initial] = useState(() => takeFirstLoad(graphLoadKey(state)));
  const loaded = useLoad(
    root && view !== "coverage"
      ? (signal) => loadGraph({ root, view, direction, depth, limit, expanded: state.expanded }, signal)
      : null,
    [root, view, direction, depth, limit, expanded],
    { keepData: true, initial },
  );
  return { ...(loaded.data ?? NOTHING), status: loaded.status, error: loaded.error, loads: loaded.loads };
}
