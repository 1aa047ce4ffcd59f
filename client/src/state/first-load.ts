import type { ViewState } from "../graph/url-state.ts";
import { loadGraph } from "./load-graph.ts";
import type { GraphResult } from "./load-graph.ts";
import { asApiError } from "../api/index.ts";
import type { Settled } from "./start-load.ts";

/**
 * A deep link's first graph load, started before React's first render (start-app.tsx) from the answer the
 * entry requested early (prefetch.ts). When it has settled by then, the first render draws the graph: one
 * render and one draw instead of an empty canvas first, then a second render and draw once the answer's
 * promise is seen (measured: the answer was in the browser after ~70 ms, but its promise resolved only after
 * the empty first render, 100–150 ms later). Not settled by then, the view's loading hook takes it over (no
 * second request either way).
 */
export interface FirstLoad {
  /** The loading hook's inputs it answers (graphLoadKey): taken only by a view with the same. */
  key: string;
  promise: Promise<GraphResult>;
  /** Set once the promise has settled. */
  settled: Settled<GraphResult> | null;
}

let first: FirstLoad | null = null;

/** The inputs of a graph view's load, as one string (use-graph-data.ts loads again when it changes). */
export function graphLoadKey(
  s: Pick<ViewState, "root" | "view" | "direction" | "depth" | "limit" | "expanded">,
) {
  return JSON.stringify([s.root, s.view, s.direction, s.depth, s.limit, s.expanded.join(",")]);
}

/** Starts the first load for a deep link's view (nothing for the landing page or coverage). */
export function startFirstLoad(state: ViewState): void {
  if (!state.root || state.view === "coverage") return;
  const promise = loadGraph({ ...state, root: state.root }, new AbortController().signal);
  const load: FirstLoad = { key: graphLoadKey(state), promise, settled: null };
  promise.then(
    (data) => (load.settled = { ok: true, data }),
    (error: unknown) => (load.settled = { ok: false, error: asApiError(error) }),
  );
  first = load;
}

/** Resolves when the first load has settled, or after `capMs` (the app is not held back longer), or at once without one. */
export function firstLoadSettled(capMs: number): Promise<void> {
  const load = first;
  if (!load) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, capMs);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    load.promise.then(done, done);
  });
}

/** The first load when it answers `key` (taken once: a later view with the same inputs loads afresh). */
export function takeFirstLoad(key: string): FirstLoad | null {
  const load = first;
  if (!load || load.key !== key) return null;
  first = null;
  return load;
}
