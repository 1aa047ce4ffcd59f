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
  /** Objects whose neighbourhood the user expanded: marked on the canvas. */
  expanded?: ReadonlySet<string>;
}

/** The widest label line, in model units at the canvas's 11 px label font (the lane layout's column). */
export const LABEL_WIDTH = 146;

/** Rough width of a character of the 11 px sans-serif label font: capitals and digits are wider. */
function charWidth(c: string): number {
  if (c === " " || c === "." || c === "-" || c === "i" || c === "l") return 3.2;
  if (/[0-9]/.test(c)) return 6.1;
  return /[A-Z]/.test(c) ? 7.3 : /[mw]/.test(c) ? 8.4 : 5.6;
}

/**
 * One line an analyst can read at a glance, "INC-1042 Payment outage", cut with an ellipsis where it would
 * run into the next column (the full text is on the hover card). A group shows its name.
 */
export function objectLabel(node: { id: string; name: string; members?: string[] }, bold = false): string {
  const text = node.members ? node.name : `${node.id}  ${node.name}`;
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    width += charWidth(text[i] as string) * (bold ? 1.12 : 1);
    if (width > LABEL_WIDTH - 8) return `${text.slice(0, i).trimEnd()}…`;
  }
  return text;
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
    for (const band of layout.bands) {
      const w = band.x2 - band.x1;
      elements.push({
        group: "nodes",
        data: { id: `band:${band.id}`, label: band.label, colour: band.colour, w, h: band.y2 - band.y1 },
        position: { x: (band.x1 + band.x2) / 2, y: (band.y1 + band.y2) / 2 },
        classes: "band",
        selectable: false,
        grabbable: false,
      });
      // The title wraps to its band's width, so the titles of narrow neighbouring bands never overlap.
      elements.push({
        group: "nodes",
        data: { id: `bandlabel:${band.id}`, label: band.label, colour: band.colour, maxWidth: `${w - 12}px` },
        position: { x: band.x1 + 8, y: band.y1 + 6 },
        classes: "band-label",
        selectable: false,
        grabbable: false,
      });
    }
    for (const lane of layout.lanes) {
      elements.push({
        group: "nodes",
        data: {
          id: `lane:${lane.lane}:${lane.x}:${lane.y}`,
          label: lane.continued ? `${lane.label} (cont.)` : `${lane.label} · ${lane.count}`,
          maxWidth: `${layout.columnWidth - 20}px`,
        },
        position: { x: lane.x - 12, y: lane.y },
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
    if (options.expanded?.has(node.id)) classes.push("expanded");
    const badge = options.badges ? workBadge(node.openWork) : "";
    if (badge) classes.push("has-work");
    if (options.badges && node.openWork?.urgent) classes.push("urgent");
    elements.push({
      group: "nodes",
      data: {
        id: node.id,
        label: objectLabel(node, node.id === options.root) + (badge ? `\n${badge}` : ""),
        title: node.members ? node.name : `${node.id} ${node.name}`,
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
  const step = layout ? layout.columnWidth : 0;
  const columns = layout ? columnsOf(layout) : new Map<number, number[]>();
  for (const edge of graph.edges) {
    const classes = [`role-${edge.role.toLowerCase()}`];
    if (options.fadeLinks && FADED_ROLES.has(edge.role) && !options.highlighted.has(edge.id))
      classes.push("faded");
    if (options.dimmed.has(edge.id)) classes.push("dimmed");
    if (options.highlighted.has(edge.id)) classes.push("highlighted");
    if (
      layout &&
      (skipsAColumn(layout, step, edge.from, edge.to) || alongAColumn(layout, columns, edge.from, edge.to))
    )
      classes.push("arc");
    elements.push({
      group: "edges",
      data: { id: `e:${edge.id}`, source: edge.from, target: edge.to, label: edge.type, edgeId: edge.id },
      classes: classes.join(" "),
    });
  }
  return elements;
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

/** The y of every node of each column (by x), sorted: to find what lies between two nodes of a column. */
function columnsOf(layout: LaneLayout): Map<number, number[]> {
  const columns = new Map<number, number[]>();
  for (const p of layout.positions.values()) {
    const list = columns.get(p.x);
    if (list) list.push(p.y);
    else columns.set(p.x, [p.y]);
  }
  for (const list of columns.values()) list.sort((a, b) => a - b);
  return columns;
}

/** True when an edge runs down one column over another node: drawn straight it would hide it. */
function alongAColumn(layout: LaneLayout, columns: Map<number, number[]>, from: string, to: string): boolean {
  const a = layout.positions.get(from);
  const b = layout.positions.get(to);
  if (!a || !b || a.x !== b.x) return false;
  const [lo, hi] = a.y < b.y ? [a.y, b.y] : [b.y, a.y];
  return (columns.get(a.x) ?? []).some((y) => y > lo && y < hi);
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
