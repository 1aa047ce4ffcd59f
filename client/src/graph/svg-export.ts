import { typeStyle } from "./legend.ts";
import { ROLE_LINES } from "./link-roles.ts";
import { objectLabel } from "./to-elements.ts";
import type { Point, ViewGraph } from "./types.ts";

const escape = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/** Points of a regular polygon of `n` corners around (cx, cy), the first at `start` radians. */
function polygon(cx: number, cy: number, r: number, n: number, start: number): string {
  return Array.from({ length: n }, (_, i) => {
    const a = start + (i * 2 * Math.PI) / n;
    return `${(cx + r * Math.cos(a)).toFixed(1)},${(cy + r * Math.sin(a)).toFixed(1)}`;
  }).join(" ");
}

/** A star of five points. */
function star(cx: number, cy: number, r: number): string {
  return Array.from({ length: 10 }, (_, i) => {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const d = i % 2 === 0 ? r : r * 0.45;
    return `${(cx + d * Math.cos(a)).toFixed(1)},${(cy + d * Math.sin(a)).toFixed(1)}`;
  }).join(" ");
}

/**
 * The SVG element of a Cytoscape node shape (the legend's shapes, so the picture and the canvas agree), centred
 * on (cx, cy) with half-size r.
 */
export function shapeSvg(shape: string, cx: number, cy: number, r: number, paint: string): string {
  const p = (points: string) => `<polygon points="${points}" ${paint}/>`;
  switch (shape) {
    case "ellipse":
      return `<circle cx="${cx}" cy="${cy}" r="${r}" ${paint}/>`;
    case "round-rectangle":
    case "barrel":
      return `<rect x="${cx - r}" y="${cy - r}" width="${2 * r}" height="${2 * r}" rx="${r / 3}" ${paint}/>`;
    case "diamond":
      return p(polygon(cx, cy, r, 4, -Math.PI / 2));
    case "hexagon":
    case "concave-hexagon":
      return p(polygon(cx, cy, r, 6, 0));
    case "round-triangle":
      return p(polygon(cx, cy, r, 3, -Math.PI / 2));
    case "vee":
      return p(`${cx - r},${cy - r} ${cx},${cy - r / 3} ${cx + r},${cy - r} ${cx},${cy + r}`);
    case "octagon":
      return p(polygon(cx, cy, r, 8, Math.PI / 8));
    case "rhomboid":
      return p(`${cx - r / 2},${cy - r} ${cx + r},${cy - r} ${cx + r / 2},${cy + r} ${cx - r},${cy + r}`);
    case "round-tag":
      return p(
        `${cx - r},${cy - r} ${cx + r / 3},${cy - r} ${cx + r},${cy} ${cx + r / 3},${cy + r} ${cx - r},${cy + r}`,
      );
    case "star":
      return p(star(cx, cy, r));
    default:
      return `<circle cx="${cx}" cy="${cy}" r="${r}" ${paint}/>`;
  }
}

const DASH: Record<string, string> = {
  solid: "",
  dashed: ' stroke-dasharray="6 4"',
  dotted: ' stroke-dasharray="1.5 3"',
};

/**
 * A standalone SVG of the drawn graph as the canvas draws it: title and caption (verdict, date), nodes in their
 * type's colour and shape with the canvas's one-line labels to their right, links in their role's line style
 * with arrows, the trace or why-here path highlighted, and a legend of the types and link roles shown. Built
 * from the canvas positions, so it matches what the user sees.
 */
export function graphSvg(
  graph: ViewGraph,
  positions: ReadonlyMap<string, Point>,
  options: { title: string; caption?: string; highlight?: ReadonlySet<string> },
): string {
  const pts = graph.nodes.map((n) => positions.get(n.id)).filter((p): p is Point => p !== undefined);
  const minX = Math.min(0, ...pts.map((p) => p.x)) - 40;
  const minY = Math.min(0, ...pts.map((p) => p.y)) - 30;
  const maxX = Math.max(0, ...pts.map((p) => p.x)) + 200;
  const maxY = Math.max(0, ...pts.map((p) => p.y)) + 30;
  const top = 58;
  const types = [...new Set(graph.nodes.map((n) => n.type))].sort(
    (a, b) => typeStyle(a).lane - typeStyle(b).lane,
  );
  const roles = [...new Set(graph.edges.map((e) => e.role))];
  const legendHeight = 30 + (types.length + roles.length) * 18;
  const width = Math.max(480, maxX - minX);
  const height = maxY - minY + top + legendHeight;
  const at = (p: Point) => ({ x: +(p.x - minX).toFixed(1), y: +(p.y - minY + top).toFixed(1) });
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif">`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#667"/></marker></defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="16" y="26" font-size="18" font-weight="600">${escape(options.title)}</text>`,
    options.caption ? `<text x="16" y="46" font-size="12" fill="#334">${escape(options.caption)}</text>` : "",
  ];
  for (const e of graph.edges) {
    const a = positions.get(e.from);
    const b = positions.get(e.to);
    if (!a || !b) continue;
    const [p, q] = [at(a), at(b)];
    const hot = options.highlight?.has(e.id);
    const line = ROLE_LINES[e.role];
    parts.push(
      `<line x1="${p.x}" y1="${p.y}" x2="${q.x}" y2="${q.y}" stroke="${hot ? "#d35400" : "#99a"}" stroke-width="${hot ? 3 : line.width}"${DASH[line.style] ?? ""} marker-end="url(#arrow)"><title>${escape(e.type)}</title></line>`,
    );
  }
  for (const n of graph.nodes) {
    const pos = positions.get(n.id);
    if (!pos) continue;
    const { x, y } = at(pos);
    const style = typeStyle(n.type);
    const hot = options.highlight?.has(n.id);
    const paint = `fill="${style.colour}" stroke="${hot ? "#d35400" : "#334"}" stroke-width="${hot ? 4 : 1}"`;
    parts.push(
      `<g>${shapeSvg(style.shape, x, y, 10, paint)}<title>${escape(`${n.id} ${n.name} (${style.label})`)}</title>` +
        `<text x="${x + 15}" y="${y + 4}" font-size="11">${escape(objectLabel(n))}</text></g>`,
    );
  }
  const ly = maxY - minY + top + 10;
  parts.push(`<text x="16" y="${ly}" font-size="12" font-weight="600">Legend</text>`);
  types.forEach((t, i) => {
    const style = typeStyle(t);
    const y = ly + 14 + i * 18;
    parts.push(
      shapeSvg(style.shape, 24, y, 6, `fill="${style.colour}" stroke="#334" stroke-width="1"`) +
        `<text x="36" y="${y + 4}" font-size="11">${escape(style.label)} (${style.valueStream})</text>`,
    );
  });
  roles.forEach((role, i) => {
    const y = ly + 14 + (types.length + i) * 18;
    const line = ROLE_LINES[role];
    parts.push(
      `<line x1="16" y1="${y}" x2="32" y2="${y}" stroke="#667" stroke-width="${line.width}"${DASH[line.style] ?? ""}/>` +
        `<text x="36" y="${y + 4}" font-size="11">${escape(role.toLowerCase())} link</text>`,
    );
  });
  parts.push("</svg>");
  return parts.filter((x) => x).join("\n");
}
