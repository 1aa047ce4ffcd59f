import type { ElementDefinition } from "cytoscape";
import type { LaneLayout } from "./lane-layout.ts";
import { typeStyle } from "./legend.ts";
import { FADED_ROLES } from "./link-roles.ts";
import { workBadge } from "./open-work.ts";
import type { ViewGraph } from "./types.ts";

export interface ElementOptions {
  root: string | null;
  dimmed: ReadonlySet<string>;
  highlighted: ReadonlySet<string>;
  layout: LaneLayout | null;
  /** Draw operational and feedback links faint (they never make an object traced). */
  fadeLinks?: boolean;
  /** Show each object's open work as a badge line and mark objects touched by open P1/P2 work. */
  badges?: boolean;
}

/**
 * Cytoscape elements for a graph: nodes with their type's colour and shape, labels of id and name, classes
 * for the root, dimmed and highlighted elements and groups; each link classed by its role (role-provenance …,
 * `faded` when operational and feedback links are faded); preset positions from the lane layout; and the
 * value-stream bands and lane headers as background elements that cannot be selected.
 */
export function toElements(graph: ViewGraph, options: ElementOptions): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  const layout = options.layout;
  if (layout) {
    const top = -layout.height / 2 - 70;
    for (const band of layout.bands) {
      elements.push({
        group: "nodes",
        data: {
          id: `band:${band.id}`,
          label: band.label,
          colour: band.colour,
          w: band.x2 - band.x1,
          h: layout.height + 150,
        },
        position: { x: (band.x1 + band.x2) / 2, y: 0 },
        classes: "band",
        selectable: false,
        grabbable: false,
      });
      elements.push({
        group: "nodes",
        data: { id: `bandlabel:${band.id}`, label: band.label, colour: band.colour },
        position: { x: (band.x1 + band.x2) / 2, y: top - 20 },
        classes: "band-label",
        selectable: false,
        grabbable: false,
      });
    }
    for (const lane of layout.lanes) {
      elements.push({
        group: "nodes",
        data: { id: `lane:${lane.lane}`, label: lane.label },
        position: { x: lane.x, y: top + 10 },
        classes: "lane-label",
        selectable: false,
        grabbable: false,
      });
    }
  }
  for (const node of graph.nodes) {
    const style = typeStyle(node.type);
    const classes = ["object"];
    if (node.id === options.root) classes.push("root");
    if (options.dimmed.has(node.id)) classes.push("dimmed");
    if (options.highlighted.has(node.id)) classes.push("highlighted");
    if (node.members) classes.push("group");
    const badge = options.badges ? workBadge(node.openWork) : "";
    if (badge) classes.push("has-work");
    if (options.badges && node.openWork?.urgent) classes.push("urgent");
    elements.push({
      group: "nodes",
      data: {
        id: node.id,
        label:
          (node.members
            ? node.name
            : `${node.id}\n${node.name.length > 34 ? `${node.name.slice(0, 33)}…` : node.name}`) +
          (badge ? `\n${badge}` : ""),
        work: badge,
        type: node.type,
        colour: style.colour,
        shape: style.shape,
        status: node.status ?? "",
      },
      ...(layout?.positions.get(node.id) ? { position: layout.positions.get(node.id) } : {}),
      classes: classes.join(" "),
    });
  }
  const step = layout ? columnStep(layout) : 0;
  for (const edge of graph.edges) {
    const classes = [`role-${edge.role.toLowerCase()}`];
    if (options.fadeLinks && FADED_ROLES.has(edge.role) && !options.highlighted.has(edge.id))
      classes.push("faded");
    if (options.dimmed.has(edge.id)) classes.push("dimmed");
    if (options.highlighted.has(edge.id)) classes.push("highlighted");
    if (layout && skipsAColumn(layout, step, edge.from, edge.to)) classes.push("arc");
    elements.push({
      group: "edges",
      data: { id: `e:${edge.id}`, source: edge.from, target: edge.to, label: edge.type, edgeId: edge.id },
      classes: classes.join(" "),
    });
  }
  return elements;
}

/** The narrowest distance between two adjacent lane columns (0 with fewer than two lanes). */
function columnStep(layout: LaneLayout): number {
  const columns = layout.lanes.map((l) => l.x);
  return columns.length > 1 ? Math.min(...columns.slice(1).map((x, i) => x - (columns[i] ?? 0))) : 0;
}

/**
 * True when an edge runs along one row past at least one column: drawn straight it would cross the nodes
 * between its ends and hide their labels, so it is drawn as an arc instead.
 */
function skipsAColumn(layout: LaneLayout, step: number, from: string, to: string): boolean {
  const a = layout.positions.get(from);
  const b = layout.positions.get(to);
  if (!a || !b) return false;
  return step > 0 && Math.abs(a.y - b.y) < 1 && Math.abs(a.x - b.x) > step * 1.5;
}

/**
 * What the canvas draws from a list of elements (ids, classes, positions, labels): two lists with the same
 * signature draw the same picture, so the canvas can skip replacing its elements and keep the user's pan,
 * zoom and a double-click in progress.
 */
export function elementsSignature(elements: readonly ElementDefinition[]): string {
  return elements
    .map((e) => {
      const p = e.position;
      return `${e.data.id ?? ""}|${e.classes ?? ""}|${p ? `${p.x},${p.y}` : ""}|${String(e.data.label ?? "")}`;
    })
    .join("\n");
}
