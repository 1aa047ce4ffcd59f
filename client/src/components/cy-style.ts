import type { StylesheetJson } from "cytoscape";
import { ROLE_LINES } from "../graph/link-roles.ts";

/**
 * The canvas look: type colours and shapes from the legend, lanes as soft bands, link roles as line styles
 * (faded ones faint), the root and paths emphasised. One long list because a Cytoscape stylesheet is one: later
 * rules override earlier ones, so their order is the design and splitting it would hide that.
 */
/**
 * Above this many edges a view is large: haystack edges without transparency that take no mouse events,
 * viewport optimisations on.
 */
export const LARGE_VIEW_EDGES = 1500;

export function cyStyle(edgeCount: number): StylesheetJson {
  const light = edgeCount > LARGE_VIEW_EDGES;
  return [
    {
      selector: "node.object",
      style: {
        "background-color": "data(colour)",
        shape: "data(shape)" as never,
        width: 20,
        height: 20,
        label: "data(label)",
        // One line to the right of the node (the lane layout's column holds it; objectLabel cuts it to fit),
        // left-justified (Cytoscape's auto for a label on the right). Cytoscape pays for every property of
        // every element, so none is set that changes nothing.
        "font-size": 11,
        "text-halign": "right",
        "text-valign": "center",
        "text-margin-x": 5,
        color: "#1d2330",
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.8,
        "text-background-padding": "1px",
        "border-width": 1,
        "border-color": "#2b3342",
        // Level of detail: below 6 px on screen a label is not drawn (lane headings keep the counts).
        "min-zoomed-font-size": 6,
      },
    },
    // The badge line under the label: only these labels have two lines to wrap.
    { selector: "node.has-work", style: { "text-wrap": "wrap", "text-max-width": "240px" } },
    {
      selector: "node.root",
      style: {
        width: 28,
        height: 28,
        "border-width": 4,
        "border-color": "#111827",
        "font-weight": "bold",
      },
    },
    {
      selector: "node.group",
      style: {
        width: 34,
        height: 22,
        "border-style": "dashed",
        "border-width": 2,
        "font-size": 10,
        "font-weight": "bold",
      },
    },
    // Its neighbourhood was expanded (double-click): a violet outline.
    {
      selector: "node.expanded",
      style: {
        "outline-width": 3,
        "outline-color": "#7c3aed",
        "outline-offset": 2,
        "outline-opacity": 0.9,
      } as never,
    },
    { selector: "node.highlighted", style: { "border-color": "#e8590c", "border-width": 5 } },
    // Open P1/P2 work touches it: a red double ring (the badge line under the label gives the counts).
    {
      selector: "node.urgent",
      style: { "border-color": "#c92a2a", "border-width": 4, "border-style": "double" },
    },
    {
      selector: "node:selected",
      style: { "overlay-color": "#2563eb", "overlay-opacity": 0.25, "overlay-padding": 6 },
    },
    { selector: ".dimmed", style: { opacity: 0.15 } },
    {
      selector: "node.band",
      style: {
        shape: "round-rectangle",
        width: "data(w)",
        height: "data(h)",
        "background-color": "data(colour)",
        "background-opacity": 0.06,
        "border-width": 0,
        events: "no",
        "z-compound-depth": "bottom",
        "z-index": 0,
      } as never,
    },
    {
      selector: "node.band-label",
      style: {
        label: "data(label)",
        color: "data(colour)",
        "font-size": 14,
        "font-weight": "bold",
        "text-wrap": "wrap",
        "text-max-width": "data(maxWidth)",
        "text-halign": "right",
        "text-valign": "bottom",
        "text-justification": "left",
        "min-zoomed-font-size": 0,
        "background-opacity": 0,
        "border-width": 0,
        width: 1,
        height: 1,
        events: "no",
      } as never,
    },
    {
      selector: "node.lane-label",
      style: {
        label: "data(label)",
        color: "#475569",
        "font-size": 11,
        "font-weight": "bold",
        "text-halign": "right",
        "text-valign": "center",
        "text-justification": "left",
        "text-wrap": "ellipsis",
        "text-max-width": "data(maxWidth)",
        // The counts stay readable however far the view is zoomed out.
        "min-zoomed-font-size": 0,
        "background-opacity": 0,
        "border-width": 0,
        width: 1,
        height: 1,
        events: "no",
      } as never,
    },
    {
      selector: "edge",
      style: light
        ? // No events: the canvas hit-tests every interactive element on every mouse move, even while
          // panning, and nothing listens to a link's events (a click on one falls through to the background).
          { "curve-style": "haystack", width: 1, "line-color": "#b4bfcc", events: "no" }
        : {
            "curve-style": "bezier",
            width: 1.3,
            "line-color": "#94a3b8",
            "target-arrow-color": "#94a3b8",
            "target-arrow-shape": "triangle",
            "arrow-scale": 0.8,
            label: "data(label)",
            "font-size": 7,
            color: "#64748b",
            "text-rotation": "autorotate",
            "min-zoomed-font-size": 8,
          },
    },
    // Each link role its own line (the legend draws the same samples): provenance carries the trace.
    ...Object.entries(ROLE_LINES).map(([role, line]) => ({
      selector: `edge.role-${role.toLowerCase()}`,
      style: { "line-style": line.style, width: light ? Math.min(line.width, 1.5) : line.width },
    })),
    {
      selector: "edge.faded",
      style: { opacity: 0.12, label: "", "z-index": 0 },
    },
    {
      selector: "edge.arc",
      style: {
        "curve-style": "unbundled-bezier",
        "control-point-distances": [-36],
        "control-point-weights": [0.5],
      } as never,
    },
    {
      selector: "edge.highlighted",
      style: { "line-color": "#e8590c", "target-arrow-color": "#e8590c", width: 3.5, "z-index": 10 },
    },
  ];
}
