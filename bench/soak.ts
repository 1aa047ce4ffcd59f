/**
 * soak (issue 6 §5): the dashboard mix at a fixed rate (4 req/s over 4 connections) for --duration seconds
 * (default 600) against the server as its own process, sampling that process's resident set size every 10 s:
 * first (after a 10 s warm-up), last and max RSS, errors. Flat RSS is the goal (no leak).
 */
import { readFileSync } from "node:fs";
import autocannon from "autocannon";
import type { BenchContext } from "./context.ts";
import { dashboardMix } from "./dashboard-mix.ts";
import type { BenchResult } from "./result.ts";
import { count, ms } from "./stats.ts";

/** Requests per second (BENCH_SOAK_RATE): low enough for a 2-core machine to sustain the mix at 10k. */
const RATE = Number(process.env.BENCH_SOAK_RATE ?? 4);
const SAMPLE_EVERY_MS = 10_000;

/** Resident set size of a process in MiB (Linux /proc). */
function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]);
  if (!Number.isFinite(kb)) throw new Error(`No VmRSS for process ${pid}.`);
  return kb / 1024;
}

export async function soakBench(ctx: BenchContext): Promise<BenchResult> {
  const duration = ctx.options.durationSeconds ?? 600;
  const neo = await ctx.neo4j();
  const server = await ctx.httpServer("process");
  const mix = await dashboardMix(neo.driver, server, ctx.options.seed);
  const warmUp = { url: server.url, connections: 4, overallRate: RATE, duration: 10, requests: mix.requests };
  await autocannon(warmUp);
  mix.graphqlErrors.clear();
  const samples: { atSeconds: number; rssMiB: number }[] = [];
  const started = Date.now();
  const sample = () => {
    try {
      samples.push({ atSeconds: Math.round((Date.now() - started) / 1000), rssMiB: rssMiB(server.pid) });
    } catch {
      // The process is gone: the run reports its errors.
    }
  };
  sample();
  const timer = setInterval(sample, SAMPLE_EVERY_MS);
  let r: autocannon.Result;
  try {
    r = await autocannon({
      url: server.url,
      connections: 4,
      overallRate: RATE,
      duration,
      timeout: 30,
      requests: mix.requests,
    });
  } finally {
    clearInterval(timer);
  }
  sample();
  await ctx.closeServer();
  const rss = samples.map((s) => s.rssMiB);
  const [first, last, max] = [rss[0] ?? 0, rss[rss.length - 1] ?? 0, Math.max(...rss)];
  const gqlErrors = [...mix.graphqlErrors.values()].reduce((s, v) => s + v, 0);
  return {
    name: "soak",
    rows: [
      {
        benchmark: "soak",
        case: `${RATE} req/s for ${duration} s, ${count(r.requests.total)} requests`,
        figure: `RSS first ${first.toFixed(0)} MiB · last ${last.toFixed(0)} MiB · max ${max.toFixed(0)} MiB`,
        ratio: `last/first ${(last / first).toFixed(2)}×`,
        target: "flat RSS",
      },
      {
        benchmark: "soak",
        case: "latency and errors",
        figure:
          `p50 ${ms(r.latency.p50)} · p99 ${ms(r.latency.p99)} · errors ${r.errors} · ` +
          `non-2xx ${r.non2xx} · GraphQL errors ${gqlErrors}`,
      },
    ],
    data: {
      duration,
      rate: RATE,
      rss: samples,
      requests: r.requests.total,
      latency: r.latency,
      errors: r.errors,
      non2xx: r.non2xx,
      graphqlErrors: Object.fromEntries(mix.graphqlErrors),
    },
  };
}
