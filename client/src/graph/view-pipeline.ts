import type { ElementDefinition } from "cytoscape";
import { filterGraph } from "./filter-graph.ts";
import { traceHighlight } from "./from-results.ts";
import { groupNeighbours } from "./group-neighbours.ts";
import { laneLayout } from "./lane-layout.ts";
import type { LaneLayout, Viewport } from "./lane-layout.ts";
import { toElements } from "./to-elements.ts";
import type { TraceResult, ViewGraph, WhyHerePath } from "./types.ts";
import { whyHighlight } from "./why-here.ts";
import type { ViewState } from "./url-state.ts";

/** More same-type neighbours than this on one side of a node fold into a group node. */
export const GROUP_THRESHOLD = 20;

/** What the canvas draws and the exports read. */
export interface DrawnView {
  /** The graph after grouping and filtering. */
  graph: ViewGraph;
  layout: LaneLayout | null;
  /** Ids on the audit trace's paths. */
  highlighted: Set<string>;
  elements: ElementDefinition[];
}

export interface ViewPipelineInput {
  graph: ViewGraph;
  trace: TraceResult | null;
  /** The selected object's hop chain from the root ("why is this here?"), highlighted like a trace. */
  why?: WhyHerePath | null;
  state: Pick<
    ViewState,
    "root" | "openGroups" | "filter" | "model" | "layout" | "fadeLinks" | "badges" | "expanded"
  >;
  /** The selected node: kept out of groups, like the root. */
  selected: string | null;
  /** The canvas the lane layout is shaped to (a default when not measured yet). */
  viewport?: Viewport;
}

/**
 * The named pipeline from loaded graph to drawn elements: group large neighbourhoods → filter (dim or hide)
 * → lane layout (when lanes are on) → Cytoscape elements with the trace highlighted and each link styled by its
 * role (operational and feedback links faded when asked). Pure.
 */
export function viewPipeline(input: ViewPipelineInput): DrawnView {
  const { state } = input;
  const grouped = groupNeighbours(input.graph, {
    threshold: GROUP_THRESHOLD,
    expanded: new Set(state.openGroups),
    keep: new Set([state.root ?? "", input.selected ?? ""]),
  });
  const filtered = filterGraph(grouped, state.filter, {
    model: state.model,
    ...(state.root ? { root: state.root } : {}),
  });
  const layout =
    state.layout === "lanes"
      ? laneLayout(filtered.graph, {
          model: state.model,
          ...(input.viewport ? { viewport: input.viewport } : {}),
        })
      : null;
  const highlighted = new Set([
    ...(input.trace ? traceHighlight(input.trace) : []),
    ...whyHighlight(input.why ?? null),
  ]);
  const elements = toElements(filtered.graph, {
    root: state.root,
    dimmed: filtered.dimmed,
    highlighted,
    layout,
    fadeLinks: state.fadeLinks,
    badges: state.badges,
    expanded: new Set(state.expanded),
  });
  return { graph: filtered.graph, layout, highlighted, elements };
}
