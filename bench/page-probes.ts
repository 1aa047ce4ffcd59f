/**
 * Functions that run inside the explorer page (serialised by playwright, so each is self-contained): wait
 * until the lineage is drawn and read the client's performance marks, and count the frames drawn while the
 * harness drives the mouse. They read the dev/test-only window.__explorer handle.
 */
// window.__explorer is typed by the client (client/src/explorer-handle.ts).
import type {} from "../client/src/explorer-handle.ts";

/** The marks the client sets along one load, in order (waitUntilDrawn picks the drawn load's). */
export const EXPLORER_MARKS = [
  "explorer:fetch-start",
  "explorer:fetch-end",
  "explorer:parsed",
  "explorer:view-built",
  "explorer:cy-added",
  "explorer:first-frame",
] as const;

export type ExplorerMark = (typeof EXPLORER_MARKS)[number];

export interface Drawn {
  /** Milliseconds from navigation start to two frames after the elements are in Cytoscape. */
  drawnAtMs: number;
  nodes: number;
  edges: number;
  /** What `window.__explorer.renderer()` answered: "canvas", "webgl", or "unknown" without the method. */
  renderer: string;
  /** Milliseconds from navigation start of each mark of the drawn load (see marksUntil); absent: not set. */
  marks: Partial<Record<ExplorerMark, number>>;
}

/** Resolves when the lineage is in Cytoscape and two frames have passed (it has been painted). */
export function waitUntilDrawn(args: { timeoutMs: number; marks: readonly string[] }): Promise<Drawn> {
  const handle = () => window.__explorer;
  // The handle's renderer() is newer than some builds: ask for it only when it is there.
  const rendererInUse = (): string => {
    const h: object | undefined = handle();
    return h && "renderer" in h && typeof h.renderer === "function" ? String(h.renderer()) : "unknown";
  };
  // Walking back from drawn: the last mark of each name before the next one's (a view rebuilt after the
  // elements were added, say, sets view-built again; that one is not part of this load).
  const marksUntil = (t: number) => {
    const found: Record<string, number> = {};
    let bound = t;
    for (const name of [...args.marks].reverse()) {
      const before = performance.getEntriesByName(name, "mark").filter((m) => m.startTime <= bound);
      const last = before[before.length - 1];
      if (last) bound = found[name] = last.startTime;
    }
    return found;
  };
  return new Promise((resolve, reject) => {
    const tick = () => {
      const data = handle()?.data();
      const cy = handle()?.cy();
      if (data?.status === "error") return reject(new Error("the explorer shows an error"));
      if (data?.status === "ready" && data.loads > 0 && cy && cy.nodes(".object").length > 0) {
        const counts = { nodes: cy.nodes(".object").length, edges: cy.edges().length };
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const drawnAtMs = performance.now();
            resolve({ drawnAtMs, ...counts, renderer: rendererInUse(), marks: marksUntil(drawnAtMs) });
          }),
        );
        return;
      }
      if (performance.now() > args.timeoutMs) return reject(new Error("the lineage was not drawn in time"));
      requestAnimationFrame(tick);
    };
    tick();
  });
}

/** Where the harness points the mouse, in page coordinates. */
export interface PanZoomSpots {
  /** The canvas centre: wheel zooms happen here. */
  centre: { x: number; y: number };
  /** The background point nearest the centre (no object under it): drags start here, so they pan. */
  grab: { x: number; y: number };
}

/** The centre of the Cytoscape canvas in page coordinates. */
export function canvasCentre(): { x: number; y: number } {
  const box = window.__explorer?.cy()?.container()?.getBoundingClientRect();
  if (!box) throw new Error("the explorer has no canvas");
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

export interface FrameCount {
  seconds: number;
  /** Frames Cytoscape's render loop drew (its redraw counter: the WebGL renderer emits no render events). */
  draws: number;
  /** Cytoscape `render` events (the canvas renderer emits one per frame drawn). */
  renderEvents: number;
  /** requestAnimationFrame callbacks: the frames the page had. */
  animationFrames: number;
  /** Mean milliseconds Cytoscape spent per frame drawn. */
  drawMs: number;
  /** Cytoscape `viewport` events: 0 when the input did not reach the canvas. */
  viewportEvents: number;
  /** Nodes grabbed: drags that moved a node instead of the view. */
  grabs: number;
}

interface CountingRenderer {
  redrawCount?: number;
  redrawTotalTime?: number;
}

interface FrameCounter {
  stop(): FrameCount;
}

/**
 * Fits the whole graph and starts counting frames (stopFrameCount ends it); answers where to drag and wheel.
 * Reads the redraw counters of Cytoscape's render loop (internal; the loop drives both renderers).
 */
export function startFrameCount(): PanZoomSpots {
  const cy = window.__explorer?.cy();
  if (!cy) throw new Error("the explorer has no canvas");
  cy.fit(cy.nodes(".object"), 20);
  const renderer = (cy as unknown as { renderer(): CountingRenderer }).renderer();
  const before = { count: renderer.redrawCount ?? 0, total: renderer.redrawTotalTime ?? 0 };
  const seen = { renderEvents: 0, viewportEvents: 0, grabs: 0 };
  let animationFrames = 0;
  let counting = true;
  const onRender = () => void seen.renderEvents++;
  const onViewport = () => void seen.viewportEvents++;
  const onGrab = () => void seen.grabs++;
  const frame = () => {
    if (!counting) return;
    animationFrames++;
    requestAnimationFrame(frame);
  };
  cy.on("render", onRender);
  cy.on("viewport", onViewport);
  cy.on("grab", "node", onGrab);
  requestAnimationFrame(frame);
  const started = performance.now();
  const counter: FrameCounter = {
    stop: () => {
      counting = false;
      cy.off("render", onRender);
      cy.off("viewport", onViewport);
      cy.off("grab", "node", onGrab);
      const draws = (renderer.redrawCount ?? 0) - before.count;
      const seconds = (performance.now() - started) / 1000;
      const drawMs = draws > 0 ? ((renderer.redrawTotalTime ?? 0) - before.total) / draws : Number.NaN;
      return { seconds, draws, animationFrames, drawMs, ...seen };
    },
  };
  (window as unknown as { __benchFrames?: FrameCounter }).__benchFrames = counter;
  const box = cy.container()?.getBoundingClientRect() ?? { left: 0, top: 0 };
  const centre = { x: cy.width() / 2, y: cy.height() / 2 };
  const boxes = cy.nodes(".object").map((n) => n.renderedBoundingBox({}));
  const free = (p: { x: number; y: number }) =>
    boxes.every((b) => p.x < b.x1 - 4 || p.x > b.x2 + 4 || p.y < b.y1 - 4 || p.y > b.y2 + 4);
  let grab = centre;
  search: for (let r = 0; r <= Math.min(centre.x, centre.y); r += 8) {
    for (let a = 0; a < 16; a++) {
      const p = {
        x: centre.x + r * Math.cos((a * Math.PI) / 8),
        y: centre.y + r * Math.sin((a * Math.PI) / 8),
      };
      if (free(p)) {
        grab = p;
        break search;
      }
    }
  }
  const page = (p: { x: number; y: number }) => ({ x: box.left + p.x, y: box.top + p.y });
  return { centre: page(centre), grab: page(grab) };
}

/** Ends the count startFrameCount began. */
export function stopFrameCount(): FrameCount {
  const counter = (window as unknown as { __benchFrames?: FrameCounter }).__benchFrames;
  if (!counter) throw new Error("no frame count was started");
  return counter.stop();
}
