import { streamOfType, streamsOf, typeStyle } from "./legend.ts";
import type { StreamModel } from "./legend.ts";
import type { Point, ViewGraph } from "./types.ts";

export interface LaneLayoutOptions {
  model: StreamModel;
  /** Horizontal distance between lane columns. */
  columnWidth?: number;
  /** Vertical distance between nodes of a column. */
  rowHeight?: number;
  /** Nodes per column before a lane wraps into another column. */
  maxRows?: number;
}

/** A value-stream band behind the lanes: where it starts and ends on the x axis. */
export interface StreamBand {
  id: string;
  label: string;
  colour: string;
  x1: number;
  x2: number;
}

export interface LaneLayout {
  positions: Map<string, Point>;
  bands: StreamBand[];
  /** Lane headers: the type lane's x and its label. */
  lanes: { lane: number; x: number; label: string }[];
  height: number;
}

/**
 * Lays the graph out left to right in IT4IT lanes: one column per meta-model lane present (strategy on the
 * left, operations on the right), grouped into value-stream bands; within a column, nodes sorted by depth
 * from the root, then type, then name, centred vertically; long columns wrap into extra columns of the lane.
 * O(n log n): a sort per column, no iteration over edges.
 */
export function laneLayout(graph: ViewGraph, options: LaneLayoutOptions): LaneLayout {
  const columnWidth = options.columnWidth ?? 190;
  const rowHeight = options.rowHeight ?? 70;
  const maxRows = options.maxRows ?? 30;
  const streamOrder = new Map(streamsOf(options.model).map((s, i) => [s.id, i]));

  const byLane = new Map<number, typeof graph.nodes>();
  for (const node of graph.nodes) {
    const lane = typeStyle(node.type).lane;
    const list = byLane.get(lane);
    if (list) list.push(node);
    else byLane.set(lane, [node]);
  }
  const laneKey = (lane: number) => {
    const first = byLane.get(lane)?.[0];
    const stream = first ? streamOfType(first.type, options.model) : "";
    return (streamOrder.get(stream) ?? 99) * 1000 + lane;
  };
  const lanes = [...byLane.keys()].sort((a, b) => laneKey(a) - laneKey(b));

  const positions = new Map<string, Point>();
  const laneHeaders: LaneLayout["lanes"] = [];
  const bandRanges = new Map<string, { x1: number; x2: number }>();
  let column = 0;
  let tallest = 0;
  for (const lane of lanes) {
    const nodes = [...(byLane.get(lane) ?? [])].sort(
      (a, b) =>
        (a.depth ?? 99) - (b.depth ?? 99) ||
        a.type.localeCompare(b.type) ||
        a.name.localeCompare(b.name) ||
        a.id.localeCompare(b.id),
    );
    const columns = Math.ceil(nodes.length / maxRows);
    const rows = Math.ceil(nodes.length / columns);
    tallest = Math.max(tallest, rows);
    const firstX = column * columnWidth;
    nodes.forEach((node, i) => {
      const c = Math.floor(i / rows);
      const r = i % rows;
      const inColumn = Math.min(rows, nodes.length - c * rows);
      positions.set(node.id, { x: (column + c) * columnWidth, y: (r - (inColumn - 1) / 2) * rowHeight });
    });
    const lastX = (column + columns - 1) * columnWidth;
    const first = nodes[0];
    if (first) {
      laneHeaders.push({ lane, x: (firstX + lastX) / 2, label: typeStyle(first.type).label });
      const stream = streamOfType(first.type, options.model);
      const range = bandRanges.get(stream);
      bandRanges.set(stream, {
        x1: Math.min(range?.x1 ?? firstX, firstX),
        x2: Math.max(range?.x2 ?? lastX, lastX),
      });
    }
    column += columns;
  }
  const bands = streamsOf(options.model)
    .filter((s) => bandRanges.has(s.id))
    .map((s) => {
      const range = bandRanges.get(s.id) as { x1: number; x2: number };
      return {
        id: s.id,
        label: s.label,
        colour: s.colour,
        x1: range.x1 - columnWidth / 2 + 8,
        x2: range.x2 + columnWidth / 2 - 8,
      };
    });
  return { positions, bands, lanes: laneHeaders, height: tallest * rowHeight };
}
