import type { Core } from "cytoscape";
import { exportFile } from "../graph/export-file.ts";
import type { ExportFormat } from "../graph/export-file.ts";
import type { DrawnView } from "../graph/view-pipeline.ts";
import type { Point } from "../graph/types.ts";
import type { GraphData } from "../state/use-graph-data.ts";
import { download } from "./download.ts";

/** Downloads the view as PNG (drawn by Cytoscape) or as the SVG, JSON or CSV that graph/export-file.ts builds. */
export function exportView(
  format: ExportFormat,
  input: { cy: Core | null; name: string; title: string; view: DrawnView; data: GraphData },
): void {
  const { cy, name } = input;
  if (format === "png") {
    if (cy) download(`${name}.png`, cy.png({ full: true, bg: "#ffffff", scale: 2, output: "blob" }));
    return;
  }
  const positions = new Map<string, Point>();
  cy?.nodes(".object").forEach((n) => void positions.set(n.id(), { ...n.position() }));
  const file = exportFile(format, {
    name,
    title: input.title,
    graph: input.view.graph,
    highlighted: input.view.highlighted,
    positions,
    trace: input.data.trace,
    impact: input.data.impact,
  });
  download(file.filename, file.body, file.mime);
}
