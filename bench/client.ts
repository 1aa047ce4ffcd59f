/**
 * client: the built explorer in headless Chromium against the in-process server on this run's estate. Time
 * from navigation to lineage drawn (median of 9 fresh pages, renderer=canvas, after the server was warmed with
 * the page's own request, as a running server is) for lineages of about 100,
 * 1,000 and 5,000 elements (nodes + edges) and of 1,000 nodes, broken down by the client's performance marks;
 * frames drawn per second while the mouse pans and zooms (whole graph fitted first) at about 1,000 and 5,000
 * elements, once per Cytoscape renderer (canvas without GPU, WebGL on software GL). Sizes are found by asking
 * the lineage field for the nearest `limit` (BOTH directions, depth 6 or else 10, from an approved decision);
 * the drawn counts are reported (a small estate may not hold a lineage of 5,000 elements: the largest is used
 * and shown, and its target is n/a). Over 150 lines: sizing the lineages, the drawn rows and the pan/zoom rows
 * are the steps of one benchmark.
 */
import type { Browser } from "playwright-core";
import type { BenchContext } from "./context.ts";
import {
  BENCH_CLIENT_DIR,
  buildBenchClient,
  glRenderer,
  launchFor,
  panZoomByMouse,
  withDrawnPage,
} from "./browser.ts";
import type { RendererName } from "./browser.ts";
import type { Drawn, ExplorerMark, FrameCount } from "./page-probes.ts";
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
/** Fresh pages per navigation → drawn figure: with 3, two runs of the same build differed by 20 % on this machine. */
const RUNS = 9;
const RENDERERS: readonly RendererName[] = ["canvas", "webgl"];
/** The server is warmed with a page's own request for this long (at most WARM_REQUESTS) before it is timed. */
const WARM_MS = 5000;
const WARM_REQUESTS = 200;

interface Case {
  label: string;
  elements?: number;
  nodes?: number;
  /** Pan/zoom measured at this size. */
  fps: boolean;
  /** Navigation → drawn target. */
  drawn?: { ms: number; text: string };
  /** Pan/zoom target, frames drawn per second (each renderer). */
  minFps?: number;
}

const CASES: Case[] = [
  { label: "~100 elements", elements: 100, fps: false, drawn: { ms: 400, text: "< 400 ms" } },
  { label: "~1,000 elements", elements: 1000, fps: true },
  { label: "1,000 nodes", nodes: 1000, fps: false, drawn: { ms: 1000, text: "< 1 s" } },
  { label: "~5,000 elements", elements: 5000, fps: true, minFps: 30 },
];

/** The parts of navigation → drawn, each between two of the client's marks (null: navigation start). */
const PHASES: readonly { name: string; from: ExplorerMark | null; to: ExplorerMark }[] = [
  { name: "fetch", from: null, to: "explorer:fetch-end" },
  { name: "parse", from: "explorer:fetch-end", to: "explorer:parsed" },
  { name: "layout/view", from: "explorer:parsed", to: "explorer:view-built" },
  { name: "Cytoscape add", from: "explorer:view-built", to: "explorer:cy-added" },
  { name: "first frame", from: "explorer:cy-added", to: "explorer:first-frame" },
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

/** Whether the lineage found has the size the case asks for (else its target is n/a). */
function reached(c: Case, size: Size): boolean {
  return c.nodes ? size.nodes >= c.nodes : size.elements >= (c.elements ?? 0);
}

/** Median milliseconds of each phase over the runs that set both of its marks; null when none did. */
function breakdown(runs: readonly Drawn[]): Record<string, number | null> {
  const phases: Record<string, number | null> = {};
  for (const p of PHASES) {
    const spans = runs.flatMap((r) => {
      const [from, to] = [p.from ? r.marks[p.from] : 0, r.marks[p.to]];
      return from === undefined || to === undefined ? [] : [to - from];
    });
    phases[p.name] = spans.length > 0 ? summarize(spans).p50 : null;
  }
  return phases;
}

/** A phase's milliseconds, or "–" when the client set no such marks. */
const phaseText = (value: number | null | undefined) => (value == null ? "–" : ms(value));

function fpsText(f: FrameCount, renderer: string): string {
  const rate = (n: number) => (n / f.seconds).toFixed(1);
  return (
    `${rate(f.draws)} FPS drawn · ${rate(f.renderEvents)} render events/s · ` +
    `${rate(f.animationFrames)} animation frames/s · ${ms(f.drawMs)}/frame · page: ${renderer}` +
    (f.viewportEvents === 0 ? " · the view did not move" : "") +
    (f.grabs > 0 ? ` · ${f.grabs} drags grabbed a node` : "")
  );
}

type Browsers = Record<RendererName, Browser>;

interface Found {
  depth: number;
  limit: number;
  size: Size;
  /** The lineage URL, without a renderer. */
  url: string;
}

/**
 * Sends the page's own lineage request (lineageSize: the client's operation, with the variables its URL
 * gives) until WARM_MS or WARM_REQUESTS: a server that has been running has compiled its query plans and JIT code,
 * where the Neo4j this benchmark starts has not, and its first answers would time that warm-up, not the
 * client (the server's warm latency is the lineage benchmark's). Returns the last answer's milliseconds.
 */
async function warmServer(server: BenchServer, root: string, found: Found): Promise<number> {
  const until = performance.now() + WARM_MS;
  let last = 0;
  for (let i = 0; i < WARM_REQUESTS && performance.now() < until; i++) {
    const start = performance.now();
    await lineageSize(server, root, found.depth, found.limit);
    last = performance.now() - start;
  }
  return last;
}

/** Navigation → drawn with renderer=canvas: a warm-up, then RUNS fresh pages; its row and its breakdown's. */
async function drawnRows(
  browser: Browser,
  c: Case,
  found: Found,
  answerMs: number,
): Promise<{ rows: Row[]; data: unknown }> {
  const url = `${found.url}&renderer=canvas`;
  const drawn = () => withDrawnPage(browser, url, async (_, d) => d);
  await drawn();
  const runs: Drawn[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await drawn());
  const median = summarize(runs.map((r) => r.drawnAtMs)).p50;
  const last = runs[runs.length - 1] as Drawn;
  const phases = breakdown(runs);
  const { depth, limit, size } = found;
  const rows: Row[] = [
    {
      benchmark: "client",
      case: `${c.label} (depth ${depth}, limit ${limit}: ${size.nodes} nodes, ${size.elements} elements served)`,
      figure: `navigation → drawn ${ms(median)} · ${last.nodes} nodes + ${last.edges} edges drawn · page: ${last.renderer}`,
      ...(c.drawn ? { target: c.drawn.text, verdict: verdict(reached(c, size), median < c.drawn.ms) } : {}),
    },
    {
      benchmark: "client",
      case: `${c.label}: navigation → drawn by mark (median of ${RUNS})`,
      figure:
        PHASES.map((p) => `${p.name} ${phaseText(phases[p.name])}`).join(" · ") +
        ` · the server's answer alone, warm: ${ms(answerMs)}`,
    },
  ];
  return { rows, data: { runs, medianMs: median, phases, warmAnswerMs: answerMs } };
}

/** Pan/zoom by mouse in each renderer's browser: a row per renderer. */
async function panZoomRows(
  browsers: Browsers,
  c: Case,
  found: Found,
): Promise<{ rows: Row[]; data: Record<string, unknown> }> {
  const rows: Row[] = [];
  const data: Record<string, unknown> = {};
  for (const renderer of RENDERERS) {
    const url = `${found.url}&renderer=${renderer}`;
    const { reported, frames } = await withDrawnPage(browsers[renderer], url, async (page, d) => ({
      reported: d.renderer,
      frames: await panZoomByMouse(page, FPS_SECONDS),
    }));
    const fps = frames.draws / frames.seconds;
    rows.push({
      benchmark: "client",
      case: `pan/zoom by mouse at ${c.label}, renderer=${renderer}${renderer === "webgl" ? " (software GL; a GPU is faster)" : ""}`,
      figure: fpsText(frames, reported),
      ...(c.minFps
        ? { target: `≥ ${c.minFps} FPS`, verdict: verdict(reached(c, found.size), fps >= c.minFps) }
        : {}),
    });
    data[renderer] = { reported, frames, fps };
  }
  return { rows, data };
}

export async function clientBench(ctx: BenchContext): Promise<BenchResult> {
  process.stderr.write("client: building the client (test mode)…\n");
  await buildBenchClient();
  const neo = await ctx.neo4j();
  const server = await ctx.httpServer("in-process", { clientDir: BENCH_CLIENT_DIR });
  const [root] = await sampleIds(neo.driver, "approved-decision-ids", 1, ctx.options.seed);
  const launched: Browser[] = [];
  const rows: Row[] = [];
  const data: Record<string, unknown> = { root };
  try {
    const browsers = {} as Browsers;
    for (const r of RENDERERS) launched.push((browsers[r] = await launchFor(r)));
    data.gl = { canvas: await glRenderer(browsers.canvas), webgl: await glRenderer(browsers.webgl) };
    for (const c of CASES) {
      const { depth, limit, size } = await sizeFor(server, root as string, c);
      const url = `${server.url}/?root=${encodeURIComponent(root as string)}&depth=${depth}&limit=${limit}`;
      const found = { depth, limit, size, url };
      const answerMs = await warmServer(server, root as string, found);
      const drawn = await drawnRows(browsers.canvas, c, found, answerMs);
      const fps = c.fps ? await panZoomRows(browsers, c, found) : undefined;
      rows.push(...drawn.rows, ...(fps?.rows ?? []));
      data[c.label] = { depth, limit, served: size, drawn: drawn.data, fps: fps?.data };
    }
  } finally {
    for (const b of launched) await b.close();
    await ctx.closeServer();
  }
  return { name: "client", rows, data };
}
