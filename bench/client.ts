/**
 * client: the built explorer in headless Chromium against the in-process server on this run's estate. Time
 * from navigation to lineage drawn (median of 3 fresh pages) for lineages of about 100, 1,000 and 5,000
 * elements (nodes + edges) and of 1,000 nodes; frames per second during a scripted pan/zoom (whole graph
 * fitted first) at about 1,000 and 5,000 elements. Sizes are found by asking the lineage field for the
 * nearest `limit` (BOTH directions, depth 6 or else 10, from an approved decision); the drawn counts are
 * reported (a small estate may not hold a lineage of 5,000 elements: the largest is used and shown).
 */
import type { Browser } from "playwright-core";
import type { BenchContext } from "./context.ts";
import { BENCH_CLIENT_DIR, buildBenchClient, launchChromium } from "./browser.ts";
import { panZoomFps, waitUntilDrawn } from "./page-probes.ts";
import type { Drawn } from "./page-probes.ts";
import { verdict } from "./result.ts";
import type { BenchResult, Row } from "./result.ts";
import { sampleIds } from "./sample.ts";
import { postGraphQL } from "./server.ts";
import type { BenchServer } from "./server.ts";
import { ms, summarize } from "./stats.ts";
import { benchGraphQL } from "./text-file.ts";

/** Lineage depths tried, in order, until one reaches the wanted size. */
const DEPTHS = [6, 10];
const FPS_SECONDS = 4;

interface Case {
  label: string;
  elements?: number;
  nodes?: number;
  fps: boolean;
}

const CASES: Case[] = [
  { label: "~100 elements", elements: 100, fps: false },
  { label: "~1,000 elements", elements: 1000, fps: true },
  { label: "1,000 nodes", nodes: 1000, fps: false },
  { label: "~5,000 elements", elements: 5000, fps: true },
];

type Size = { nodes: number; elements: number };

async function lineageSize(server: BenchServer, root: string, depth: number, limit: number): Promise<Size> {
  const data = await postGraphQL<{ lineage: { nodes: unknown[]; edges: unknown[] } }>(
    server,
    benchGraphQL("lineage"),
    {
      id: root,
      direction: "BOTH",
      maxDepth: depth,
      limit,
    },
  );
  return {
    nodes: data.lineage.nodes.length,
    elements: data.lineage.nodes.length + data.lineage.edges.length,
  };
}

/**
 * The first depth, and the smallest lineage `limit` at it, whose answer has at least the wanted nodes or
 * elements (binary search); the largest available when no depth reaches it.
 */
async function sizeFor(
  server: BenchServer,
  root: string,
  want: Case,
): Promise<{ depth: number; limit: number; size: Size }> {
  const enough = (s: Size) => (want.nodes ? s.nodes >= want.nodes : s.elements >= (want.elements ?? 0));
  let best = { depth: DEPTHS[0] as number, limit: 5000, size: { nodes: 0, elements: 0 } };
  for (const depth of DEPTHS) {
    let [lo, hi] = [1, 5000];
    let size = await lineageSize(server, root, depth, hi);
    if (!enough(size)) {
      if (size.elements > best.size.elements) best = { depth, limit: hi, size };
      continue;
    }
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      const s = await lineageSize(server, root, depth, mid);
      if (enough(s)) [hi, size] = [mid, s];
      else lo = mid;
    }
    return { depth, limit: hi, size };
  }
  return best;
}

/** tsx compiles with keepNames: functions sent to the page call esbuild's __name helper, so define it there. */
const KEEP_NAMES = "globalThis.__name = (fn) => fn;";

async function draw(
  browser: Browser,
  url: string,
): Promise<{ drawn: Drawn; fps?: { renderFps: number; frameFps: number } }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript({ content: KEEP_NAMES });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "domcontentloaded" });
    const drawn = await page.evaluate(waitUntilDrawn, 60_000);
    return { drawn };
  } finally {
    await context.close();
  }
}

async function fps(browser: Browser, url: string): Promise<{ renderFps: number; frameFps: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript({ content: KEEP_NAMES });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "domcontentloaded" });
    await page.evaluate(waitUntilDrawn, 60_000);
    return await page.evaluate(panZoomFps, FPS_SECONDS);
  } finally {
    await context.close();
  }
}

export async function clientBench(ctx: BenchContext): Promise<BenchResult> {
  process.stderr.write("client: building the client (test mode)…\n");
  await buildBenchClient();
  const neo = await ctx.neo4j();
  const server = await ctx.httpServer("in-process", ctx.estate, BENCH_CLIENT_DIR);
  const [root] = await sampleIds(neo.driver, "approved-decision-ids", 1, ctx.options.seed);
  const browser = await launchChromium();
  const rows: Row[] = [];
  const data: Record<string, unknown> = { root };
  try {
    for (const c of CASES) {
      const { depth, limit, size } = await sizeFor(server, root as string, c);
      const url = `${server.url}/?root=${encodeURIComponent(root as string)}&depth=${depth}&limit=${limit}`;
      await draw(browser, url);
      const runs: Drawn[] = [];
      for (let i = 0; i < 3; i++) runs.push((await draw(browser, url)).drawn);
      const median = summarize(runs.map((r) => r.drawnAtMs)).p50;
      const last = runs[runs.length - 1] as Drawn;
      const frames = c.fps ? await fps(browser, url) : undefined;
      const drawnText = `${last.nodes} nodes + ${last.edges} edges drawn`;
      rows.push({
        benchmark: "client",
        case: `${c.label} (depth ${depth}, limit ${limit}: ${size.nodes} nodes, ${size.elements} elements served)`,
        figure: `navigation → drawn ${ms(median)} · ${drawnText}`,
        ...(c.nodes === 1000 ? { target: "< 1 s", verdict: verdict(true, median < 1000) } : {}),
      });
      if (frames) {
        rows.push({
          benchmark: "client",
          case: `pan/zoom at ${c.label}`,
          figure: `${frames.renderFps.toFixed(1)} FPS rendered (${frames.frameFps.toFixed(1)} animation frames/s)`,
          ...(c.elements === 5000
            ? { target: "≥ 30 FPS", verdict: verdict(true, frames.renderFps >= 30) }
            : {}),
        });
      }
      data[c.label] = { depth, limit, served: size, runs, medianMs: median, fps: frames };
    }
  } finally {
    await browser.close();
    await ctx.closeServer();
  }
  return { name: "client", rows, data };
}
