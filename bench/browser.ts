/**
 * Headless Chromium for the client benchmark: Debian's Chromium (`which chromium`, CHROMIUM_PATH overrides)
 * through playwright-core, one launch per Cytoscape renderer; the client built in test mode (so the read-only
 * window.__explorer handle exists; React and the rest are production builds) into .data/bench/client; and
 * the mouse that pans and zooms the drawn graph.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { buildTestClient } from "../test/support/build-client.ts";
import { launchChromium } from "../test/support/chromium.ts";
import {
  canvasCentre,
  EXPLORER_MARKS,
  startFrameCount,
  stopFrameCount,
  waitUntilDrawn,
} from "./page-probes.ts";
import type { Drawn, FrameCount } from "./page-probes.ts";

export const BENCH_CLIENT_DIR = fileURLToPath(new URL("../.data/bench/client", import.meta.url));

/** The client's `renderer` URL parameter. */
export type RendererName = "canvas" | "webgl";

/** `vite build --mode test` of client/ into .data/bench/client. */
export function buildBenchClient(): Promise<void> {
  return buildTestClient(BENCH_CLIENT_DIR);
}

/**
 * Chromium for a renderer: canvas in the tests' Chromium (no GPU); WebGL on software GL (SwiftShader through
 * ANGLE, GPU not disabled): a machine with a GPU draws faster.
 */
export function launchFor(renderer: RendererName): Promise<Browser> {
  if (renderer === "canvas") return launchChromium();
  return launchChromium({
    extraArgs: ["--use-angle=swiftshader", "--enable-unsafe-swiftshader"],
    withoutArgs: ["--disable-gpu"],
  });
}

/** The WebGL 2 implementation the browser offers pages (e.g. "ANGLE (Google, … SwiftShader …)"). */
export async function glRenderer(browser: Browser): Promise<string> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(() => {
      const gl = document.createElement("canvas").getContext("webgl2");
      if (!gl) return "no WebGL 2";
      const info = gl.getExtension("WEBGL_debug_renderer_info");
      return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    });
  } finally {
    await page.close();
  }
}

/** tsx compiles with keepNames: functions sent to the page call esbuild's __name helper, so define it there. */
const KEEP_NAMES = "globalThis.__name = (fn) => fn;";

/** Opens `url` in a fresh 1280×800 context, waits until the lineage is drawn, runs `work`, closes it. */
export async function withDrawnPage<T>(
  browser: Browser,
  url: string,
  work: (page: Page, drawn: Drawn) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript({ content: KEEP_NAMES });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "domcontentloaded" });
    const drawn = await page.evaluate(waitUntilDrawn, { timeoutMs: 60_000, marks: EXPLORER_MARKS });
    return await work(page, drawn);
  } finally {
    await context.close();
  }
}

/** One mouse event per 60 Hz tick, like a real mouse: waits for the next tick after `action`. */
async function paced(action: () => Promise<void>): Promise<void> {
  const started = performance.now();
  await action();
  await sleep(Math.max(0, 1000 / 60 - (performance.now() - started)));
}

/** Trackpad-like wheel deltas (varied, so Cytoscape does not take them for a coarse wheel and damp them). */
const WHEEL = [31, 23, 37, 29, 41, 26, 34, 22, 39, 27, 33, 24];
const DRAG_RADIUS = 150;
const DRAG_STEPS = 36;

/**
 * Fits the whole graph, then for `seconds` pans and zooms it with the mouse as a person does: a circular drag
 * from a background point near the canvas centre (back to where it started), wheel zooms in and out again over
 * the centre; counts the frames drawn meanwhile. Real input engages Cytoscape's viewport optimisations
 * (textureOnViewport, hideEdgesOnViewport), which a scripted cy.zoom/cy.panBy does not.
 */
export async function panZoomByMouse(page: Page, seconds: number): Promise<FrameCount> {
  const mouse = page.mouse;
  // Cytoscape samples the first four wheel deltas (and clamps them) to tell a trackpad from a coarse wheel:
  // tiny ones first, so the gesture's zoom in and out cancel out and the grab point stays on the background.
  const middle = await page.evaluate(canvasCentre);
  await mouse.move(middle.x, middle.y);
  for (const delta of [3, -3, 3, -3]) await paced(() => mouse.wheel(0, delta));
  const { centre, grab } = await page.evaluate(startFrameCount);
  // Each mouse event waits for the page to take it: a slow page gets fewer, so the clock is read at every one.
  const until = performance.now() + seconds * 1000;
  const more = () => performance.now() < until;
  while (more()) {
    await mouse.move(grab.x, grab.y);
    await mouse.down();
    for (let i = 1; i <= DRAG_STEPS && more(); i++) {
      const a = (2 * Math.PI * i) / DRAG_STEPS;
      const [x, y] = [grab.x + DRAG_RADIUS * Math.sin(a), grab.y + DRAG_RADIUS * (1 - Math.cos(a))];
      await paced(() => mouse.move(x, y));
    }
    await mouse.up();
    await mouse.move(centre.x, centre.y);
    for (const delta of [...WHEEL.map((d) => -d), ...WHEEL]) {
      if (!more()) break;
      await paced(() => mouse.wheel(0, delta));
    }
  }
  return page.evaluate(stopFrameCount);
}
