/**
 * layout: in Node, the client's lane layout (client/src/graph/lane-layout.ts) for 1,000, 5,000 and 10,000
 * nodes taken from the generated estate, and the whole pipeline the App runs before drawing (group
 * neighbours, filter, lane layout, Cytoscape elements). Median of --samples runs (default 20) after warm-up.
 */
import { filterGraph, NO_FILTER } from "../client/src/graph/filter-graph.ts";
import { groupNeighbours } from "../client/src/graph/group-neighbours.ts";
import { laneLayout } from "../client/src/graph/lane-layout.ts";
import { linkRoleOf } from "../client/src/graph/link-roles.ts";
import { toElements } from "../client/src/graph/to-elements.ts";
import type { ViewGraph } from "../client/src/graph/types.ts";
import { Random } from "../seed/generator/random.ts";
import { generateEstate } from "../seed/index.ts";
import type { BenchResult, Row } from "./result.ts";
import type { BenchContext } from "./context.ts";
import { ms, summarize } from "./stats.ts";

const SIZES = [1000, 5000, 10_000];

/** The first `size` data objects of a generated estate with the links among them, at random depths. */
function viewGraph(size: number, seed: number): ViewGraph {
  const estate = generateEstate({ scale: Math.max(10_000, size * 2), seed });
  const random = new Random(seed);
  const nodes = estate.nodes
    .filter((n) => n.type !== "Party")
    .slice(0, size)
    .map((n) => ({
      id: n.id,
      type: n.type,
      name: n.name,
      status: n.status,
      valueStream: "",
      valueStream30: "",
      lane: 0,
      properties: {},
      depth: random.int(0, 6),
    }));
  const ids = new Set(nodes.map((n) => n.id));
  const edges = estate.relationships
    .filter((r) => ids.has(r.from) && ids.has(r.to))
    .map((r, i) => ({
      id: `r${i}`,
      type: r.type,
      role: linkRoleOf(r.type),
      from: r.from,
      to: r.to,
      properties: {},
    }));
  return { nodes, edges };
}

function measure(runs: number, work: () => void): number {
  for (let i = 0; i < 3; i++) work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return summarize(times).p50;
}

export async function layoutBench(ctx: BenchContext): Promise<BenchResult> {
  const runs = ctx.options.samples ?? 20;
  const rows: Row[] = [];
  const data: Record<string, unknown> = { runs };
  for (const size of SIZES) {
    const graph = viewGraph(size, ctx.options.seed);
    const root = graph.nodes[0]?.id ?? null;
    const layoutMs = measure(runs, () => void laneLayout(graph, { model: "2" }));
    const pipelineMs = measure(runs, () => {
      const grouped = groupNeighbours(graph, {
        threshold: 20,
        expanded: new Set(),
        keep: new Set([root ?? ""]),
      });
      const filtered = filterGraph(grouped, NO_FILTER, { model: "2", ...(root ? { root } : {}) });
      const layout = laneLayout(filtered.graph, { model: "2" });
      toElements(filtered.graph, { root, dimmed: filtered.dimmed, highlighted: new Set(), layout });
    });
    rows.push({
      benchmark: "layout",
      case: `${size.toLocaleString("en")} nodes, ${graph.edges.length.toLocaleString("en")} edges`,
      figure: `laneLayout ${ms(layoutMs)} · App pipeline ${ms(pipelineMs)} (median)`,
    });
    data[`n${size}`] = { edges: graph.edges.length, laneLayoutMs: layoutMs, pipelineMs };
  }
  return { name: "layout", rows, data };
}
