import { typeStyle } from "./legend.ts";
import type { Point, ViewGraph } from "./types.ts";

const escape = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/**
 * A standalone SVG of the drawn graph: title, nodes (coloured by type) with labels, edges with arrows, and a
 * legend of the types shown. Built from the canvas positions, so it matches what the user sees.
 */
export function graphSvg(
  graph: ViewGraph,
  positions: ReadonlyMap<string, Point>,
  options: { title: string; highlight?: ReadonlySet<string> },
): string {
  const pts = graph.nodes.map((n) => positions.get(n.id)).filter((p): p is Point => p !== undefined);
  const minX = Math.min(0, ...pts.map((p) => p.x)) - 120;
  const minY = Math.min(0, ...pts.map((p) => p.y)) - 60;
  const maxX = Math.max(0, ...pts.map((p) => p.x)) + 120;
  const maxY = Math.max(0, ...pts.map((p) => p.y)) + 60;
  const types = [...new Set(graph.nodes.map((n) => n.type))].sort(
    (a, b) => typeStyle(a).lane - typeStyle(b).lane,
  );
  const legendHeight = 24 + types.length * 18;
  const width = maxX - minX;
  const height = maxY - minY + 40 + legendHeight;
  const tx = (p: Point) => `${(p.x - minX).toFixed(1)},${(p.y - minY + 40).toFixed(1)}`;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif">`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#667"/></marker></defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="16" y="26" font-size="18" font-weight="600">${escape(options.title)}</text>`,
  ];
  for (const e of graph.edges) {
    const a = positions.get(e.from);
    const b = positions.get(e.to);
    if (!a || !b) continue;
    const hot = options.highlight?.has(e.id);
    parts.push(
      `<line x1="${tx(a).split(",")[0]}" y1="${tx(a).split(",")[1]}" x2="${tx(b).split(",")[0]}" y2="${tx(b).split(",")[1]}" stroke="${hot ? "#d35400" : "#99a"}" stroke-width="${hot ? 3 : 1.2}" marker-end="url(#arrow)"><title>${escape(e.type)}</title></line>`,
    );
  }
  for (const n of graph.nodes) {
    const p = positions.get(n.id);
    if (!p) continue;
    const [x, y] = tx(p).split(",");
    const style = typeStyle(n.type);
    const hot = options.highlight?.has(n.id);
    parts.push(
      `<g><circle cx="${x}" cy="${y}" r="14" fill="${style.colour}" stroke="${hot ? "#d35400" : "#334"}" stroke-width="${hot ? 4 : 1}"/>` +
        `<text x="${x}" y="${Number(y) + 28}" font-size="10" text-anchor="middle">${escape(n.id)}</text>` +
        `<text x="${x}" y="${Number(y) + 40}" font-size="9" fill="#555" text-anchor="middle">${escape(n.name.slice(0, 32))}</text></g>`,
    );
  }
  const ly = maxY - minY + 50;
  parts.push(`<text x="16" y="${ly}" font-size="12" font-weight="600">Legend</text>`);
  types.forEach((t, i) => {
    const style = typeStyle(t);
    parts.push(
      `<circle cx="24" cy="${ly + 14 + i * 18}" r="6" fill="${style.colour}"/><text x="36" y="${ly + 18 + i * 18}" font-size="11">${escape(style.label)} (${style.valueStream})</text>`,
    );
  });
  parts.push("</svg>");
  return parts.join("\n");
}
