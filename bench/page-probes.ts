/**
 * Functions that run inside the explorer page (serialised by playwright): wait until the lineage is drawn,
 * and count frames during a scripted pan/zoom. They read the dev/test-only window.__explorer handle.
 */
// window.__explorer is typed by the client (client/src/explorer-handle.ts).
import type {} from "../client/src/explorer-handle.ts";

export interface Drawn {
  /** Milliseconds from navigation start to two frames after the elements are in Cytoscape. */
  drawnAtMs: number;
  nodes: number;
  edges: number;
}

/** Resolves when the lineage is in Cytoscape and two frames have passed (it has been painted). */
export function waitUntilDrawn(timeoutMs: number): Promise<Drawn> {
  const handle = () => window.__explorer;
  return new Promise((resolve, reject) => {
    const tick = () => {
      const data = handle()?.data();
      const cy = handle()?.cy();
      if (data?.status === "error") return reject(new Error("the explorer shows an error"));
      if (data?.status === "ready" && data.loads > 0 && cy && cy.nodes(".object").length > 0) {
        const counts = { nodes: cy.nodes(".object").length, edges: cy.edges().length };
        requestAnimationFrame(() =>
          requestAnimationFrame(() => resolve({ drawnAtMs: performance.now(), ...counts })),
        );
        return;
      }
      if (performance.now() > timeoutMs) return reject(new Error("the lineage was not drawn in time"));
      requestAnimationFrame(tick);
    };
    tick();
  });
}

/**
 * Fits the whole graph, then pans and zooms a little on every animation frame for `seconds`, counting
 * Cytoscape's render events (frames actually drawn) and animation frames.
 */
export function panZoomFps(seconds: number): Promise<{ renderFps: number; frameFps: number }> {
  const cy = window.__explorer?.cy();
  if (!cy) return Promise.reject(new Error("the explorer has no canvas"));
  cy.fit(cy.nodes(".object"), 20);
  const zoom = cy.zoom();
  const centre = { x: cy.width() / 2, y: cy.height() / 2 };
  let renders = 0;
  let frames = 0;
  const onRender = () => void renders++;
  cy.on("render", onRender);
  return new Promise((resolve) => {
    const started = performance.now();
    const step = (now: number) => {
      const t = (now - started) / 1000;
      frames++;
      cy.zoom({ level: zoom * (1.5 - 0.5 * Math.cos(t * 2)), renderedPosition: centre });
      cy.panBy({ x: 6 * Math.sin(t * 1.3), y: 4 * Math.cos(t * 1.1) });
      if (t < seconds) requestAnimationFrame(step);
      else {
        cy.off("render", onRender);
        resolve({ renderFps: renders / t, frameFps: frames / t });
      }
    };
    requestAnimationFrame(step);
  });
}
