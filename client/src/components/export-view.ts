import type { Core } from "cytoscape";
import { exportCaption } from "../graph/export-caption.ts";
import { exportFile } from "../graph/export-file.ts";
import type { ExportFormat } from "../graph/export-file.ts";
import { typeStyle } from "../graph/legend.ts";
import type { DrawnView } from "../graph/view-pipeline.ts";
import type { Point } from "../graph/types.ts";
import type { GraphData } from "../state/use-graph-data.ts";
import { download } from "./download.ts";

/**
 * Downloads the view as PNG (Cytoscape's picture under a header with the title, the caption and a legend of
 * the types shown) or as the SVG, JSON or CSV that graph/export-file.ts builds.
 */
export function exportView(
  format: ExportFormat,
  input: { cy: Core | null; name: string; title: string; view: DrawnView; data: GraphData; viewName: string },
): void {
  const { cy, name } = input;
  const caption = exportCaption({
    view: input.viewName,
    trace: input.data.trace,
    impact: input.data.impact,
    objects: input.view.graph.nodes.length,
    links: input.view.graph.edges.length,
    at: new Date(),
  });
  if (format === "png") {
    if (cy)
      void pngWithHeader(cy, input.title, caption, input.view).then((blob) => download(`${name}.png`, blob));
    return;
  }
  const positions = new Map<string, Point>();
  cy?.nodes(".object").forEach((n) => void positions.set(n.id(), { ...n.position() }));
  const file = exportFile(format, {
    name,
    title: input.title,
    caption,
    graph: input.view.graph,
    highlighted: input.view.highlighted,
    positions,
    trace: input.data.trace,
    impact: input.data.impact,
  });
  download(file.filename, file.body, file.mime);
}

/** Cytoscape's full picture at 2× with the title, the caption and a one-row legend of types drawn above it. */
async function pngWithHeader(cy: Core, title: string, caption: string, view: DrawnView): Promise<Blob> {
  const picture = cy.png({ full: true, bg: "#ffffff", scale: 2, output: "blob" }) as unknown as Blob;
  const image = await createImageBitmap(picture);
  const types = [...new Set(view.graph.nodes.map((n) => n.type))].sort(
    (a, b) => typeStyle(a).lane - typeStyle(b).lane,
  );
  const width = Math.max(image.width, 1200);
  const perRow = Math.max(1, Math.floor(width / 320));
  const header = 120 + Math.ceil(types.length / perRow) * 36;
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = header + image.height;
  const g = canvas.getContext("2d");
  if (!g) return picture;
  g.fillStyle = "#ffffff";
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.fillStyle = "#111827";
  g.font = "600 36px system-ui, sans-serif";
  g.fillText(title, 32, 52);
  g.fillStyle = "#334155";
  g.font = "24px system-ui, sans-serif";
  g.fillText(caption, 32, 92);
  types.forEach((t, i) => {
    const x = 32 + (i % perRow) * 320;
    const y = 120 + Math.floor(i / perRow) * 36;
    g.fillStyle = typeStyle(t).colour;
    g.fillRect(x, y, 20, 20);
    g.fillStyle = "#1d2330";
    g.font = "20px system-ui, sans-serif";
    g.fillText(typeStyle(t).label, x + 28, y + 17);
  });
  g.drawImage(image, 0, header);
  return new Promise((resolve) => canvas.toBlob((blob) => resolve(blob ?? picture), "image/png"));
}
