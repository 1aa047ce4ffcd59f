import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { inject } from "vitest";
// window.__explorer is typed by the client (client/src/explorer-handle.ts).
import type {} from "../../../client/src/explorer-handle.ts";
export { launchChromium } from "../../support/chromium.ts";

/** Where the e2e run leaves its screenshots and downloads (a test artifact, git-ignored). */
export const ARTIFACTS = join("test-results", "e2e");

export interface ExplorerPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen so far (the explorer must produce none). */
  errors: string[];
}

/**
 * A fresh page (1280×800 unless told) on the e2e server, optionally signed in with a bearer token
 * (sessionStorage) and with a script run before the explorer's own (e.g. to take WebGL2 away).
 */
export async function openExplorer(
  browser: Browser,
  path = "/",
  token?: string,
  options: { viewport?: { width: number; height: number }; initScript?: string } = {},
): Promise<ExplorerPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  if (options.initScript) await context.addInitScript({ content: options.initScript });
  if (token) {
    await context.addInitScript((t: string) => sessionStorage.setItem("it4it-explorer-token", t), token);
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${inject("e2e").url}${path}`);
  return { page, context, errors };
}

/** Waits until the graph finished its load number `after + 1` or later and is ready (or errored). */
export async function waitForLoad(page: Page, after = 0): Promise<void> {
  await page.waitForFunction(
    (n: number) => {
      const app = document.querySelector(".app");
      const loads = Number(app?.getAttribute("data-loads") ?? 0);
      const status = app?.getAttribute("data-status");
      return loads > n && (status === "ready" || status === "error");
    },
    after,
    { timeout: 20_000 },
  );
}

export async function loads(page: Page): Promise<number> {
  return Number((await page.getAttribute(".app", "data-loads")) ?? 0);
}

/** Ids of the nodes Cytoscape draws now that match a selector, sorted. */
function nodeIds(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(
    (s: string) =>
      (
        window.__explorer
          ?.cy()
          ?.nodes(s)
          .map((n) => n.id()) ?? []
      ).sort(),
    selector,
  );
}

/** Ids of the highlighted data objects (a trace path, a "why is this here" chain), sorted. */
export function highlightedIds(page: Page): Promise<string[]> {
  return nodeIds(page, ".highlighted");
}

/** Ids of the data-object nodes Cytoscape draws now (not bands or lane labels), sorted. */
export function drawnIds(page: Page): Promise<string[]> {
  return nodeIds(page, ".object");
}

/** Drawn node positions by id (model coordinates). */
export function drawnPositions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(() => {
    const out: Record<string, { x: number; y: number }> = {};
    window.__explorer
      ?.cy()
      ?.nodes(".object")
      .forEach((n) => {
        out[n.id()] = { ...n.position() };
      });
    return out;
  });
}

/** Saves a full-page screenshot under test-results/e2e/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** How readable the drawn picture is: objects (with their labels) outside the canvas, and the smallest label. */
export interface Readability {
  canvas: { width: number; height: number };
  objects: number;
  /** Ids whose box, label included, is not wholly inside the canvas. */
  outside: string[];
  /** The smallest object label on screen: its font size times the zoom, in CSS pixels. */
  smallestLabelPx: number;
  zoom: number;
}

/** Measured through Cytoscape (rendered boxes and the label font size at the current zoom), not from pixels. */
export function readability(page: Page): Promise<Readability> {
  return page.evaluate(() => {
    const cy = window.__explorer?.cy();
    if (!cy) throw new Error("the explorer has no canvas");
    const width = cy.width();
    const height = cy.height();
    const nodes = cy.nodes(".object");
    const outside: string[] = [];
    let smallest = Infinity;
    nodes.forEach((n) => {
      const b = n.renderedBoundingBox({ includeLabels: true });
      if (b.x1 < 0 || b.y1 < 0 || b.x2 > width || b.y2 > height) outside.push(n.id());
      smallest = Math.min(smallest, Number.parseFloat(String(n.style("font-size"))) * cy.zoom());
    });
    return {
      canvas: { width, height },
      objects: nodes.length,
      outside,
      smallestLabelPx: smallest,
      zoom: cy.zoom(),
    };
  });
}
