import { streamOfType, streamsOf, TYPE_STYLES, typeStyle } from "./legend.ts";
import type { StreamModel } from "./legend.ts";
import type { Point, ViewGraph, ViewNode } from "./types.ts";

/** The canvas the picture is shaped for, in screen pixels. */
export interface Viewport {
  width: number;
  height: number;
}

export interface LaneLayoutOptions {
  model: StreamModel;
  /** The canvas to fill: the number of rows per column is chosen so the fitted picture is as large as it can be. */
  viewport?: Viewport;
  /** Horizontal distance between columns: a node and its label, which is drawn to its right. */
  columnWidth?: number;
  /** Vertical distance between the nodes of a column. */
  rowHeight?: number;
  /** Height of a lane's heading row. */
  headingHeight?: number;
  /** Forces a column's height, in node rows, instead of choosing it for the viewport. */
  rows?: number;
}

/** A value-stream band behind its lanes: a rectangle of whole columns. */
export interface StreamBand {
  id: string;
  label: string;
  colour: string;
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

/** A lane's heading, at the top of its run of nodes (and again, `continued`, where the run wraps). */
export interface LaneHeading {
  /** The lane's place in reading order (one lane per data object type). */
  lane: number;
  x: number;
  y: number;
  label: string;
  /** Objects of the lane in the picture. */
  count: number;
  continued: boolean;
}

export interface LaneLayout {
  positions: Map<string, Point>;
  bands: StreamBand[];
  lanes: LaneHeading[];
  /** The picture's extent in model units: bands included. */
  width: number;
  height: number;
  /** A column's height chosen, in node rows. */
  rows: number;
  columnWidth: number;
  rowHeight: number;
}

/** Room above the columns for the value-stream titles (wrapped to their band's width). */
export const BAND_HEADER = 42;
const DEFAULT_VIEWPORT: Viewport = { width: 1000, height: 700 };
/** The canvas margin the fitted picture keeps (GraphCanvas fits with the same padding). */
export const FIT_PADDING = 20;
/** The fit never enlarges a small picture beyond this (GraphCanvas's cap). */
export const MAX_FIT_ZOOM = 1.3;

type Slot =
  { kind: "heading"; lane: number; count: number; continued: boolean } | { kind: "node"; node: ViewNode };

/**
 * Lays the graph out in IT4IT reading order: value streams as bands left to right (strategy first,
 * operations last), and inside a band its lanes (data object types, the meta-model's order) flowing down
 * columns like a newspaper: a lane's heading with its count, then its objects, continuing into the next
 * column of the band when the column is full. Bands that do not fit beside each other stack into shelves,
 * read left to right then top to bottom. How tall a column is and how wide a shelf is are chosen for the
 * viewport, so the fitted picture is as large as it can be: a wide canvas gets short columns in one shelf, a
 * tall one long columns or stacked shelves. Inside a lane, objects are ordered by the barycentre of their
 * neighbours' places (two sweeps), which keeps linked objects level and reduces crossings. O(n·r) for r
 * candidate column heights and n objects.
 */
export function laneLayout(graph: ViewGraph, options: LaneLayoutOptions): LaneLayout {
  const size: SlotSizes = {
    columnWidth: options.columnWidth ?? 176,
    rowHeight: options.rowHeight ?? 34,
    headingHeight: options.headingHeight ?? 22,
  };
  const viewport = options.viewport ?? DEFAULT_VIEWPORT;
  const streams = lanesByStream(graph, options.model);
  orderByBarycentre(streams, graph);

  const total = streams.reduce((n, s) => n + s.lanes.reduce((m, l) => m + l.nodes.length + 1, 0), 0);
  const room = { width: viewport.width - 2 * FIT_PADDING, height: viewport.height - 2 * FIT_PADDING };
  let best: { rows: number; shelfColumns: number; zoom: number; shelves: number; raw: number } | null = null;
  // Larger first; at the same zoom (the cap), one shelf rather than stacked ones, then the roomier picture.
  const better = (a: NonNullable<typeof best>, b: typeof best) =>
    !b ||
    a.zoom > b.zoom + 1e-9 ||
    (Math.abs(a.zoom - b.zoom) <= 1e-9 &&
      (a.shelves < b.shelves || (a.shelves === b.shelves && a.raw > b.raw)));
  const candidates = options.rows ? [options.rows] : range(2, Math.max(2, total + 1));
  for (const rows of candidates) {
    const shapes = streams.map((stream) => bandShape(stream, rows * size.rowHeight, size));
    const widest = Math.max(...shapes.map((b) => b.columns.length));
    const all = shapes.reduce((n, b) => n + b.columns.length, 0);
    for (let shelfColumns = widest; shelfColumns <= all; shelfColumns++) {
      const shelves = shelve(shapes, shelfColumns);
      const { width, height } = extent(shelves, size);
      const raw = Math.min(room.width / width, room.height / height);
      const candidate = {
        rows,
        shelfColumns,
        zoom: Math.min(raw, MAX_FIT_ZOOM),
        shelves: shelves.length,
        raw,
      };
      if (better(candidate, best)) best = candidate;
    }
    // Longer columns only make the picture taller: once one shelf alone allows less than the best, stop.
    const tallest = Math.max(...shapes.map((b) => b.height));
    if (room.height / (BAND_HEADER + tallest + SHELF_GAP) < (best?.zoom ?? 0)) break;
  }
  const rows = best?.rows ?? 2;
  return place(streams, rows, best?.shelfColumns ?? Infinity, size);
}

/** Space between two shelves of bands. */
const SHELF_GAP = 16;

/** A band's columns for a column height, and its tallest column. */
interface BandShape {
  stream: StreamRun;
  columns: Column[];
  height: number;
}

function bandShape(stream: StreamRun, capacity: number, size: SlotSizes): BandShape {
  const columns = flow(stream, capacity, size);
  return { stream, columns, height: Math.max(...columns.map((c) => c.height)) };
}

/**
 * Bands in reading order packed into shelves (rows of bands) at most `shelfColumns` columns wide: a band never
 * splits, the next shelf starts below when the band does not fit beside the previous ones.
 */
function shelve(shapes: BandShape[], shelfColumns: number): BandShape[][] {
  const shelves: BandShape[][] = [[]];
  let used = 0;
  for (const shape of shapes) {
    const current = shelves[shelves.length - 1] as BandShape[];
    if (current.length > 0 && used + shape.columns.length > shelfColumns) {
      shelves.push([shape]);
      used = shape.columns.length;
    } else {
      current.push(shape);
      used += shape.columns.length;
    }
  }
  return shelves;
}

/** The picture's width and height for shelves of bands. */
function extent(shelves: BandShape[][], size: SlotSizes): { width: number; height: number } {
  let width = 0;
  let height = 0;
  for (const shelf of shelves) {
    width = Math.max(width, shelf.reduce((n, b) => n + b.columns.length, 0) * size.columnWidth);
    height += BAND_HEADER + Math.max(...shelf.map((b) => b.height)) + SHELF_GAP;
  }
  return { width, height: height - SHELF_GAP };
}

interface LaneRun {
  lane: number;
  label: string;
  nodes: ViewNode[];
}
interface StreamRun {
  id: string;
  label: string;
  colour: string;
  lanes: LaneRun[];
}

/** Where each type comes in reading order: the meta-model's lane order (the legend's). */
const TYPE_ORDER = new Map(TYPE_STYLES.map((t, i) => [t.type, i]));

/**
 * The graph's nodes by stream and type (a lane of the picture is one data object type), both in the model's
 * order; nodes by depth, name, id.
 */
function lanesByStream(graph: ViewGraph, model: StreamModel): StreamRun[] {
  const order = new Map(streamsOf(model).map((s, i) => [s.id, i]));
  const byType = new Map<string, ViewNode[]>();
  for (const node of graph.nodes) {
    const list = byType.get(node.type);
    if (list) list.push(node);
    else byType.set(node.type, [node]);
  }
  const streams = new Map<string, StreamRun>();
  const known = streamsOf(model);
  for (const [type, nodes] of byType) {
    const id = streamOfType(type, model);
    const stream = known.find((s) => s.id === id) ?? { id, label: id, colour: "#888888" };
    const run = streams.get(id) ?? { ...stream, lanes: [] };
    nodes.sort(
      (a, b) => (a.depth ?? 99) - (b.depth ?? 99) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
    );
    run.lanes.push({ lane: TYPE_ORDER.get(type) ?? TYPE_STYLES.length, label: typeStyle(type).label, nodes });
    streams.set(id, run);
  }
  const result = [...streams.values()].sort((a, b) => (order.get(a.id) ?? 99) - (order.get(b.id) ?? 99));
  for (const s of result) s.lanes.sort((a, b) => a.lane - b.lane);
  return result;
}

/**
 * Reorders each lane by the mean reading-order rank of its nodes' neighbours in other lanes: a forward sweep
 * then a backward one. Nodes without such neighbours keep their rank. Ties keep the previous order.
 */
function orderByBarycentre(streams: StreamRun[], graph: ViewGraph): void {
  const lanes = streams.flatMap((s) => s.lanes);
  const laneOf = new Map<string, number>();
  lanes.forEach((l, i) => l.nodes.forEach((n) => laneOf.set(n.id, i)));
  const neighbours = new Map<string, string[]>();
  for (const e of graph.edges) {
    if (laneOf.get(e.from) === laneOf.get(e.to)) continue;
    if (!laneOf.has(e.from) || !laneOf.has(e.to)) continue;
    (neighbours.get(e.from) ?? neighbours.set(e.from, []).get(e.from))?.push(e.to);
    (neighbours.get(e.to) ?? neighbours.set(e.to, []).get(e.to))?.push(e.from);
  }
  const rank = new Map<string, number>();
  const rerank = () => {
    for (const lane of lanes)
      lane.nodes.forEach((n, i) => rank.set(n.id, i / Math.max(1, lane.nodes.length)));
  };
  rerank();
  const sweep = (lane: LaneRun) => {
    const key = new Map(
      lane.nodes.map((n) => {
        const ns = neighbours.get(n.id) ?? [];
        const own = rank.get(n.id) ?? 0;
        return [n.id, ns.length ? ns.reduce((s, m) => s + (rank.get(m) ?? 0), 0) / ns.length : own];
      }),
    );
    const before = new Map(lane.nodes.map((n, i) => [n.id, i]));
    lane.nodes.sort(
      (a, b) =>
        (key.get(a.id) ?? 0) - (key.get(b.id) ?? 0) || (before.get(a.id) ?? 0) - (before.get(b.id) ?? 0),
    );
    lane.nodes.forEach((n, i) => rank.set(n.id, i / Math.max(1, lane.nodes.length)));
  };
  for (const lane of lanes) sweep(lane);
  for (const lane of [...lanes].reverse()) sweep(lane);
}

/** A column of slots, top to bottom, and how tall it is. */
interface Column {
  slots: Slot[];
  height: number;
}

/**
 * The columns of a stream for a column height (model units): headings (a short row) and nodes (a row), in
 * flow order.
 */
function flow(stream: StreamRun, capacity: number, size: SlotSizes): Column[] {
  const columns: Column[] = [{ slots: [], height: 0 }];
  const current = () => columns[columns.length - 1] as Column;
  const push = (slot: Slot) => {
    const c = current();
    c.slots.push(slot);
    c.height += slot.kind === "heading" ? size.headingHeight : size.rowHeight;
  };
  for (const lane of stream.lanes) {
    // A heading never ends a column: it starts the next one with its first object.
    if (current().slots.length > 0 && current().height + size.headingHeight + size.rowHeight > capacity)
      columns.push({ slots: [], height: 0 });
    push({ kind: "heading", lane: lane.lane, count: lane.nodes.length, continued: false });
    for (const node of lane.nodes) {
      if (current().height + size.rowHeight > capacity) {
        columns.push({ slots: [], height: 0 });
        push({ kind: "heading", lane: lane.lane, count: lane.nodes.length, continued: true });
      }
      push({ kind: "node", node });
    }
  }
  return columns;
}

interface SlotSizes {
  columnWidth: number;
  rowHeight: number;
  headingHeight: number;
}

function place(streams: StreamRun[], rows: number, shelfColumns: number, size: SlotSizes): LaneLayout {
  const { columnWidth, rowHeight, headingHeight } = size;
  const positions = new Map<string, Point>();
  const lanes: LaneHeading[] = [];
  const bands: StreamBand[] = [];
  const shapes = streams.map((stream) => bandShape(stream, rows * rowHeight, size));
  const labels = new Map<number, string>(streams.flatMap((s) => s.lanes.map((l) => [l.lane, l.label])));
  let shelfTop = 0;
  for (const shelf of shelve(shapes, shelfColumns)) {
    const shelfHeight = BAND_HEADER + Math.max(...shelf.map((b) => b.height)) + 8;
    let column = 0;
    for (const { stream, columns } of shelf) {
      const first = column;
      for (const { slots } of columns) {
        const x = column * columnWidth;
        let top = shelfTop + BAND_HEADER;
        for (const slot of slots) {
          const h = slot.kind === "heading" ? headingHeight : rowHeight;
          const y = top + h / 2;
          top += h;
          if (slot.kind === "node") positions.set(slot.node.id, { x, y });
          else
            lanes.push({
              lane: slot.lane,
              x,
              y,
              label: labels.get(slot.lane) ?? "",
              count: slot.count,
              continued: slot.continued,
            });
        }
        column++;
      }
      bands.push({
        id: stream.id,
        label: stream.label,
        colour: stream.colour,
        x1: first * columnWidth - 24,
        x2: column * columnWidth - 32,
        y1: shelfTop,
        y2: shelfTop + shelfHeight,
      });
    }
    shelfTop += shelfHeight + SHELF_GAP;
  }
  const { width, height } = extent(shelve(shapes, shelfColumns), size);
  return { positions, bands, lanes, width, height, rows, columnWidth, rowHeight };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}
