import { toCsv } from "./csv.ts";
import { impactCsv } from "./impact-export.ts";
import { graphSvg } from "./svg-export.ts";
import { traceCsv } from "./trace-export.ts";
import type { Impact, Point, TraceResult, ViewGraph } from "./types.ts";

/** The formats a view exports to; PNG is drawn by Cytoscape, the others are built here. */
export type ExportFormat = "png" | "svg" | "json" | "csv";

/** A file to download. */
export interface ExportFile {
  filename: string;
  body: string;
  mime: string;
}

export interface ExportInput {
  /** File name without extension, e.g. `trace-INC-1042`. */
  name: string;
  /** The title written into the SVG. */
  title: string;
  /** The line under the title: the view's verdict or reach, and when it was exported. */
  caption: string;
  graph: ViewGraph;
  highlighted: ReadonlySet<string>;
  positions: ReadonlyMap<string, Point>;
  trace: TraceResult | null;
  impact: Impact | null;
}

/** The drawn objects as CSV (id, type, name, status), through the one CSV writer (quoting, formula escape). */
export function nodesCsv(graph: ViewGraph): string {
  return toCsv(
    ["id", "type", "name", "status"],
    graph.nodes.map((n) => [n.id, n.type, n.name, n.status ?? ""]),
  );
}

/**
 * The SVG, JSON or CSV export of a view: the trace's or impact's own result when the view has one (its
 * evidence table or hop chains as CSV), else the drawn graph.
 */
export function exportFile(format: Exclude<ExportFormat, "png">, input: ExportInput): ExportFile {
  const { name, trace, impact, graph } = input;
  if (format === "svg")
    return {
      filename: `${name}.svg`,
      body: graphSvg(graph, input.positions, {
        title: input.title,
        caption: input.caption,
        highlight: input.highlighted,
      }),
      mime: "image/svg+xml",
    };
  if (format === "json")
    return {
      filename: `${name}.json`,
      body: JSON.stringify(trace ?? impact ?? graph, null, 2),
      mime: "application/json",
    };
  const csv = trace ? traceCsv(trace) : impact ? impactCsv(impact) : nodesCsv(graph);
  return { filename: `${name}.csv`, body: csv, mime: "text/csv" };
}
