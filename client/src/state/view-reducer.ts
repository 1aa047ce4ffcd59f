import { LIMITS } from "../../../server/traceability/limits.ts";
import type { GraphFilter } from "../graph/filter-graph.ts";
import type { StreamModel } from "../graph/legend.ts";
import { DEFAULT_STATE } from "../graph/url-state.ts";
import type { Direction, View, ViewState } from "../graph/url-state.ts";

/** Every change of view state, as data: toolbar, keyboard, context menu and tests dispatch these. */
export type ViewAction =
  | { type: "root"; id: string; view?: View }
  | { type: "view"; view: View }
  | { type: "direction"; direction: Direction }
  | { type: "depth"; depth: number }
  | { type: "loadMore" }
  | { type: "layout"; layout: ViewState["layout"] }
  | { type: "model"; model: StreamModel }
  | { type: "filter"; filter: Partial<GraphFilter> }
  | { type: "expand"; id: string }
  | { type: "collapse"; id: string }
  | { type: "openGroup"; id: string }
  | { type: "fadeLinks"; fade: boolean }
  | { type: "coverageType"; coverageType: string }
  | { type: "badges"; show: boolean }
  | { type: "replace"; state: ViewState };

/** Whether an action changes what is being looked at (a new history entry) or only how (replace). */
export function isNavigation(action: ViewAction): boolean {
  return action.type === "root" || action.type === "view";
}

/** What double-clicking a node does: open a group, else collapse an expanded node or expand it. */
export function activation(id: string, expanded: readonly string[]): ViewAction {
  if (id.startsWith("group:")) return { type: "openGroup", id };
  return expanded.includes(id) ? { type: "collapse", id } : { type: "expand", id };
}

export function viewReducer(state: ViewState, action: ViewAction): ViewState {
  switch (action.type) {
    case "root":
      return {
        ...state,
        root: action.id,
        view: action.view ?? (state.view === "coverage" ? "lineage" : state.view),
        expanded: [],
        openGroups: [],
        limit: DEFAULT_STATE.limit,
      };
    case "view":
      return { ...state, view: action.view };
    case "direction":
      return { ...state, direction: action.direction };
    case "depth":
      return {
        ...state,
        depth: Math.min(LIMITS.lineageDepth.max, Math.max(LIMITS.lineageDepth.min, action.depth)),
      };
    case "loadMore":
      return { ...state, limit: Math.min(LIMITS.lineageLimit.max, state.limit * 2) };
    case "layout":
      return { ...state, layout: action.layout };
    case "model":
      return { ...state, model: action.model };
    case "filter":
      return { ...state, filter: { ...state.filter, ...action.filter } };
    case "expand":
      return state.expanded.includes(action.id)
        ? state
        : { ...state, expanded: [...state.expanded, action.id] };
    case "collapse":
      return { ...state, expanded: state.expanded.filter((id) => id !== action.id) };
    case "openGroup":
      return state.openGroups.includes(action.id)
        ? state
        : { ...state, openGroups: [...state.openGroups, action.id] };
    case "fadeLinks":
      return { ...state, fadeLinks: action.fade };
    case "badges":
      return { ...state, badges: action.show };
    case "coverageType":
      return { ...state, coverageType: action.coverageType };
    case "replace":
      return action.state;
  }
}
