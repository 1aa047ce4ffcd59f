import { LIMITS } from "../../../server/traceability/limits.ts";
import { NO_FILTER } from "./filter-graph.ts";
import type { GraphFilter } from "./filter-graph.ts";
import type { StreamModel } from "./legend.ts";
import type { RendererRequest } from "./renderer-choice.ts";
import type { Direction } from "./types.ts";

export type View = "lineage" | "impact" | "trace" | "coverage";
export type { Direction };

/** Everything that decides what the explorer shows: kept in the URL so a link reproduces the view. */
export interface ViewState {
  root: string | null;
  view: View;
  direction: Direction;
  depth: number;
  limit: number;
  layout: "lanes" | "force";
  model: StreamModel;
  filter: GraphFilter;
  /** Nodes whose neighbours the user expanded. */
  expanded: string[];
  /** Group nodes the user opened. */
  openGroups: string[];
  /** Operational and feedback links drawn faint, so the provenance backbone stands out. */
  fadeLinks: boolean;
  /** The type whose broken chains the coverage page lists. */
  coverageType: string;
  /** Open-work badges on the objects (and the P1/P2 highlight). */
  badges: boolean;
  /** Which Cytoscape renderer draws the graph (auto: WebGL for large views where WebGL2 exists). */
  renderer: RendererRequest;
}

export const DEFAULT_STATE: ViewState = {
  root: null,
  view: "lineage",
  direction: "BOTH",
  depth: 2,
  limit: 500,
  layout: "lanes",
  model: "2",
  filter: NO_FILTER,
  expanded: [],
  openGroups: [],
  fadeLinks: false,
  coverageType: "Incident",
  badges: true,
  renderer: "auto",
};

const VIEWS: readonly View[] = ["lineage", "impact", "trace", "coverage"];
// Every value of the enum: a value the schema drops fails typecheck here.
const DIRECTIONS = ["UPSTREAM", "DOWNSTREAM", "BOTH"] as const satisfies readonly Direction[];

const list = (value: string | null) => (value ? value.split(",").filter((x) => x.length > 0) : []);
const clampInt = (value: string | null, fallback: number, bounds: { min: number; max: number }) => {
  const n = Number(value);
  return value !== null && Number.isInteger(n) ? Math.min(bounds.max, Math.max(bounds.min, n)) : fallback;
};

/** Reads the view state from a query string; anything missing or invalid takes its default. */
export function decodeState(search: string): ViewState {
  const q = new URLSearchParams(search);
  const view = q.get("view") as View | null;
  const direction = q.get("dir") as Direction | null;
  return {
    root: q.get("root") || null,
    view: view && VIEWS.includes(view) ? view : DEFAULT_STATE.view,
    direction: direction && DIRECTIONS.includes(direction) ? direction : DEFAULT_STATE.direction,
    depth: clampInt(q.get("depth"), DEFAULT_STATE.depth, LIMITS.lineageDepth),
    limit: clampInt(q.get("limit"), DEFAULT_STATE.limit, LIMITS.lineageLimit),
    layout: q.get("layout") === "force" ? "force" : "lanes",
    model: q.get("model") === "3" ? "3" : "2",
    filter: {
      types: list(q.get("types")),
      streams: list(q.get("streams")),
      relationships: list(q.get("rels")),
      statuses: list(q.get("status")),
      mode: q.get("mode") === "hide" ? "hide" : "dim",
    },
    expanded: list(q.get("x")),
    openGroups: list(q.get("g")),
    fadeLinks: q.get("fade") === "1",
    coverageType: q.get("ctype") || DEFAULT_STATE.coverageType,
    badges: q.get("badges") !== "0",
    renderer:
      q.get("renderer") === "canvas" || q.get("renderer") === "webgl"
        ? (q.get("renderer") as RendererRequest)
        : "auto",
  };
}

/** Writes the view state as a query string, leaving out defaults so links stay short. */
export function encodeState(state: ViewState): string {
  const q = new URLSearchParams();
  if (state.root) q.set("root", state.root);
  if (state.view !== DEFAULT_STATE.view) q.set("view", state.view);
  if (state.direction !== DEFAULT_STATE.direction) q.set("dir", state.direction);
  if (state.depth !== DEFAULT_STATE.depth) q.set("depth", String(state.depth));
  if (state.limit !== DEFAULT_STATE.limit) q.set("limit", String(state.limit));
  if (state.layout !== "lanes") q.set("layout", state.layout);
  if (state.model !== "2") q.set("model", state.model);
  if (state.filter.types.length > 0) q.set("types", state.filter.types.join(","));
  if (state.filter.streams.length > 0) q.set("streams", state.filter.streams.join(","));
  if (state.filter.relationships.length > 0) q.set("rels", state.filter.relationships.join(","));
  if (state.filter.statuses.length > 0) q.set("status", state.filter.statuses.join(","));
  if (state.filter.mode !== "dim") q.set("mode", state.filter.mode);
  if (state.expanded.length > 0) q.set("x", state.expanded.join(","));
  if (state.openGroups.length > 0) q.set("g", state.openGroups.join(","));
  if (state.fadeLinks) q.set("fade", "1");
  if (state.coverageType !== DEFAULT_STATE.coverageType) q.set("ctype", state.coverageType);
  if (!state.badges) q.set("badges", "0");
  if (state.renderer !== "auto") q.set("renderer", state.renderer);
  const text = q.toString();
  return text ? `?${text}` : "";
}
