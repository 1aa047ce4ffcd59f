import type { Core } from "cytoscape";
import type { ViewState } from "./graph/url-state.ts";
import type { GraphData } from "./state/use-graph-data.ts";
import type { ViewAction } from "./state/view-reducer.ts";

/**
 * The read-only test handle, `window.__explorer`, in dev and test builds only (never in production): the e2e
 * tests and the client benchmark assert on the drawn graph and the state through it, not on pixels. Typed
 * once here; they import this type instead of casting.
 */
export interface ExplorerHandle {
  /** The Cytoscape instance, once the canvas exists. */
  cy(): Core | null;
  state(): ViewState;
  data(): GraphData;
  selected(): string | null;
  /** Runs a registry command, optionally selecting a node first. */
  run(id: string, selection?: string): void;
  dispatch(action: ViewAction): void;
  /** The Cytoscape renderer drawing the graph. */
  renderer(): "canvas" | "webgl";
}

declare global {
  interface Window {
    __explorer?: ExplorerHandle;
  }
}

/** Installs the handle, except in production builds. */
export function installExplorerHandle(handle: ExplorerHandle): void {
  if (import.meta.env.MODE === "production") return;
  window.__explorer = handle;
}
