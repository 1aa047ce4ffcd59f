/** What the URL asks for (`renderer=`): Cytoscape's canvas renderer, its WebGL one, or the explorer's pick. */
export type RendererRequest = "auto" | "canvas" | "webgl";

export interface RendererChoice {
  renderer: "canvas" | "webgl";
  /** Why, in words for the legend. */
  reason: string;
}

/**
 * From this many elements (nodes + edges) on, `auto` draws with WebGL: below it the canvas renderer is fast
 * enough and draws every line style exactly (WebGL draws dashed and dotted links solid).
 */
export const WEBGL_FROM_ELEMENTS = 1500;

/**
 * Which renderer draws the view. WebGL needs WebGL2 (Cytoscape has no fallback of its own: without it the
 * canvas renderer is used and the legend says so); `auto` takes it only on a GPU, since on software GL the
 * canvas renderer is faster. Pure: the caller detects WebGL2.
 */
export function chooseRenderer(
  request: RendererRequest,
  webgl2: "hardware" | "software" | "none",
  elements: number,
): RendererChoice {
  if (request === "canvas") return { renderer: "canvas", reason: "canvas (asked for in the URL)" };
  if (webgl2 === "none") {
    return {
      renderer: "canvas",
      reason: request === "webgl" ? "canvas: WebGL2 is not available here" : "canvas (WebGL2 not available)",
    };
  }
  if (request === "webgl") return { renderer: "webgl", reason: "WebGL (asked for in the URL)" };
  if (webgl2 === "software") return { renderer: "canvas", reason: "canvas (WebGL2 only in software here)" };
  return elements >= WEBGL_FROM_ELEMENTS
    ? { renderer: "webgl", reason: `WebGL (${elements} elements)` }
    : { renderer: "canvas", reason: "canvas (small view)" };
}
