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

/** What WebGL2 the browser offers: on a GPU, only in software, or none. */
export type WebGL2Support = "hardware" | "software" | "none";

/**
 * Which renderer draws the view. WebGL needs WebGL2 (Cytoscape has no fallback of its own: without it the
 * canvas renderer is used and the legend says so); `auto` takes it only on a GPU, since on software GL the
 * canvas renderer is faster. Pure: the caller passes how to detect WebGL2, which is asked only when the
 * answer matters (detecting creates a GL context: tens of milliseconds on a page's first draw).
 */
export function chooseRenderer(
  request: RendererRequest,
  webgl2: () => WebGL2Support,
  elements: number,
): RendererChoice {
  if (request === "canvas") return { renderer: "canvas", reason: "canvas (asked for in the URL)" };
  if (request === "auto" && elements < WEBGL_FROM_ELEMENTS) {
    return { renderer: "canvas", reason: "canvas (small view)" };
  }
  const support = webgl2();
  if (support === "none") {
    return {
      renderer: "canvas",
      reason: request === "webgl" ? "canvas: WebGL2 is not available here" : "canvas (WebGL2 not available)",
    };
  }
  if (request === "webgl") return { renderer: "webgl", reason: "WebGL (asked for in the URL)" };
  if (support === "software") return { renderer: "canvas", reason: "canvas (WebGL2 only in software here)" };
  return { renderer: "webgl", reason: `WebGL (${elements} elements)` };
}
