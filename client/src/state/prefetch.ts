import type { ViewState } from "../graph/url-state.ts";
import { loadGraph } from "./load-graph.ts";
import type { GraphResult } from "./load-graph.ts";

type GraphInput = Parameters<typeof loadGraph>[0];

/** The load started before React rendered, waiting for the first view that asks for the same graph. */
let early: { key: string; result: Promise<GraphResult> } | null = null;

const keyOf = (input: GraphInput) =>
  JSON.stringify([input.root, input.view, input.direction, input.depth, input.limit, input.expanded]);

/**
 * Starts loading the graph a deep link asks for at once, while the page is still parsing the rest of the
 * client and before React's first render; nothing for the landing page or coverage.
 */
export function prefetchGraph(state: ViewState): void {
  if (!state.root || state.view === "coverage") return;
  const input: GraphInput = { ...state, root: state.root };
  const result = loadGraph(input, new AbortController().signal);
  // A failure surfaces when the view takes the load (never as an unhandled rejection before).
  result.catch(() => undefined);
  early = { key: keyOf(input), result };
}

/** The graph for a view: the early load when it is for the same graph (once), else a new load. */
export function loadGraphFor(input: GraphInput, signal: AbortSignal): Promise<GraphResult> {
  if (early?.key === keyOf(input)) {
    const { result } = early;
    early = null;
    return result;
  }
  return loadGraph(input, signal);
}
