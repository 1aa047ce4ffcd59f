/**
 * mix: the dashboard mix of issue 12 (coverage, search, lineage depth 3, trace; dashboard-mix.ts) with
 * autocannon on loopback against the server running as its own process (server/main.ts), on this run's
 * estate, at 10 and 50 connections for --duration seconds each (default 15) after a 5 s warm-up. Errors are
 * everything that is not a good answer — socket errors, timeouts, GraphQL errors and non-2xx statuses — with
 * 503s (load shedding) reported apart. The server's resident memory is sampled every second throughout.
 *
 * The server runs as it does by default, with its answer cache (server/graphql/answer-cache.ts): a dashboard
 * asks the same questions again, and they are answered from memory until the estate changes; the share of
 * answers served so is read from the server's /metrics. Then the same mix at 10 connections against a server
 * without the cache, which every request makes traverse: what the traversals alone sustain.
 */
import { readFileSync } from "node:fs";
import autocannon from "autocannon";
import type { BenchContext } from "./context.ts";
import { askEveryQuestion, dashboardMix } from "./dashboard-mix.ts";
import { postGraphQL } from "./server.ts";
import { verdict } from "./result.ts";
import type { BenchResult, Row, TargetCheck } from "./result.ts";
import { count, ms, timed } from "./stats.ts";
import { benchGraphQL } from "./text-file.ts";

const CONNECTIONS = [10, 50];
const UNCACHED_CONNECTIONS = 10;
const PRIMING_CONCURRENCY = 10;
const MiB = 2 ** 20;

/** The server's answer-cache counters (graphql_answer_cache_total by outcome), from its /metrics. */
async function cacheCounts(url: string): Promise<Record<string, number>> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const counts: Record<string, number> = {};
  for (const m of text.matchAll(/^graphql_answer_cache_total\{outcome="(\w+)"\} (\d+)/gm)) {
    counts[m[1] as string] = Number(m[2]);
  }
  return counts;
}

function hitShare(before: Record<string, number>, after: Record<string, number>): string {
  const delta = (k: string) => (after[k] ?? 0) - (before[k] ?? 0);
  const total = delta("hit") + delta("miss") + delta("skip");
  return total > 0
    ? `${((100 * delta("hit")) / total).toFixed(1)} % of answers from the answer cache`
    : "no answers counted";
}

/** Resident set size of a process in bytes (Linux /proc), or NaN. */
export function rssOf(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Number(kb) * 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

export async function mixBench(ctx: BenchContext): Promise<BenchResult> {
  const duration = ctx.options.durationSeconds ?? 15;
  const { scale } = ctx.options;
  const neo = await ctx.neo4j();
  let server = await ctx.httpServer("process", { answerCache: true });
  let maxRss = rssOf(server.pid);
  const sampler: ReturnType<typeof setInterval> = setInterval(() => {
    const rss = rssOf(server.pid);
    if (rss > maxRss || !Number.isFinite(maxRss)) maxRss = rss;
  }, 1000);
  const rows: Row[] = [];
  const targets: TargetCheck[] = [];
  const data: Record<string, unknown> = { duration, connections: CONNECTIONS };
  try {
    const mix = await dashboardMix(neo.driver, server, ctx.options.seed);
    // The steady state of a running server: its start-up warm-up (SNAPSHOT_WARMUP) has computed the
    // whole-estate answers. How long the first coverage answer took after start is reported on its own.
    const first = await timed(() => postGraphQL(server, benchGraphQL("coverage"), {}));
    rows.push({
      benchmark: "mix",
      case: "first coverage answer after the server started (its warm-up running)",
      figure: ms(first.ms),
    });
    data.firstCoverageMs = first.ms;
    // A dashboard's first refresh: every question of the mix once on the cold server, then the steady state
    // (the runs below), which the answer cache serves until the estate changes.
    const priming = await timed(() => askEveryQuestion(server, mix, PRIMING_CONCURRENCY));
    rows.push({
      benchmark: "mix",
      case: `first pass: each of the mix's ${priming.value} distinct questions once, ${PRIMING_CONCURRENCY} at a time, on the fresh server`,
      figure: `${ms(priming.ms)} · ${count((priming.value * 1000) / priming.ms)} req/s`,
    });
    data.priming = { questions: priming.value, ms: priming.ms };
    await autocannon({ url: server.url, connections: 10, duration: 5, requests: mix.requests });
    const runs = [
      ...CONNECTIONS.map((connections) => ({ connections, cached: true })),
      { connections: UNCACHED_CONNECTIONS, cached: false },
    ];
    for (const { connections, cached } of runs) {
      if (!cached) {
        // The RSS target is the default server's: the sampler stops before the server without the cache.
        clearInterval(sampler);
        server = await ctx.httpServer("process");
        await autocannon({ url: server.url, connections: 10, duration: 5, requests: mix.requests });
      }
      mix.graphqlErrors.clear();
      const countsBefore = cached ? await cacheCounts(server.url) : {};
      const r = await autocannon({
        url: server.url,
        connections,
        duration,
        timeout: 30,
        requests: mix.requests,
      });
      const statuses = r.statusCodeStats as unknown as Record<string, { count: number }>;
      const shed = statuses["503"]?.count ?? 0;
      const gqlErrors = [...mix.graphqlErrors.values()].reduce((s, v) => s + v, 0);
      const errors = r.errors + r.timeouts + (r.non2xx - shed) + gqlErrors;
      const rps = r.requests.average;
      const met = rps >= 1000 && r.latency.p99 <= 100 && errors === 0 && shed === 0;
      const share = cached ? ` · ${hitShare(countsBefore, await cacheCounts(server.url))}` : "";
      const figure =
        `${count(rps)} req/s · p50 ${ms(r.latency.p50)} · p99 ${ms(r.latency.p99)} · errors ${errors}` +
        ` (socket ${r.errors}, timeouts ${r.timeouts}, non-2xx other than 503 ${r.non2xx - shed}, GraphQL ${gqlErrors}` +
        `${gqlErrors ? ` ${JSON.stringify(Object.fromEntries(mix.graphqlErrors))}` : ""}) · 503s ${shed}${share}`;
      const runCase = `${scale.toLocaleString("en")} estate, ${connections} connections, ${duration} s`;
      if (cached) {
        rows.push({
          benchmark: "mix",
          case: runCase,
          figure,
          target: "≥ 1,000 req/s, p99 ≤ 100 ms, 0 errors at 100k",
          verdict: verdict(scale >= 100_000, met),
        });
        targets.push({
          id: "mix",
          figure: `${connections} connections: ${figure}`,
          verdict: verdict(scale >= 100_000, met),
        });
      } else {
        rows.push({ benchmark: "mix", case: `${runCase}, server without the answer cache`, figure });
      }
      data[`${cached ? "c" : "uncached-c"}${connections}`] = {
        requestsPerSecond: rps,
        total: r.requests.total,
        latency: r.latency,
        errors,
        socketErrors: r.errors,
        timeouts: r.timeouts,
        non2xx: r.non2xx,
        shed503: shed,
        statusCodes: r.statusCodeStats,
        graphqlErrors: Object.fromEntries(mix.graphqlErrors),
      };
    }
  } finally {
    clearInterval(sampler);
  }
  const rssFigure = `server RSS max ${count(maxRss / MiB)} MiB during the mix (${scale.toLocaleString("en")} estate)`;
  rows.push({
    benchmark: "mix",
    case: "server process resident memory",
    figure: rssFigure,
    target: "≤ 1 GiB with a 1M estate",
    verdict: verdict(scale >= 1_000_000, maxRss <= 1024 * MiB),
  });
  targets.push({ id: "rss", figure: rssFigure, verdict: verdict(scale >= 1_000_000, maxRss <= 1024 * MiB) });
  data.maxRssBytes = maxRss;
  await ctx.closeServer();
  return { name: "mix", rows, data, targets };
}
