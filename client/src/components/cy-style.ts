import type { StylesheetJson } from "cytoscape";
import { ROLE_LINES } from "../graph/link-roles.ts";

/**
 * The canvas look: type colours and shapes from the legend, lanes as soft bands, link roles as line styles
 * (faded ones faint), the root and paths emphasised. One long list because a Cytoscape stylesheet is one: later
 * rules override earlier ones, so their order is the design and splitting it would hide that.
 */
export function cyStyle(edgeCount: number): StylesheetJson {
  const light = edgeCount > 1500;
  return [
    {
      selector: "node.object",
      style: {
        "background-color": "data(colour)",
        shape: "data(shape)" as never,
        width: 26,
        height: 26,
        label: "data(label)",
        "font-size": 11,
        "text-wrap": "wrap",
        "text-max-width": "160px",
        "text-valign": "bottom",
        "text-margin-y": 4,
        color: "#1d2330",
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.75,
        "text-background-padding": "1px",
        "border-width": 1,
        "border-color": "#2b3342",
        "min-zoomed-font-size": 6,
      },
    },
    {
      selector: "node.root",
      style: {
        width: 40,
        height: 40,
        "border-width": 4,
        "border-color": "#111827",
        "font-weight": "bold",
        "font-size": 11,
      },
    },
    {
      selector: "node.group",
      style: {
        width: 44,
        height: 30,
        "border-style": "dashed",
        "border-width": 2,
        "font-size": 10,
        "font-weight": "bold",
      },
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
        "font-size": 20,
        "font-weight": "bold",
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
        "font-size": 13,
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
        ? { "curve-style": "haystack", width: 1, "line-color": "#94a3b8", opacity: 0.7 }
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
