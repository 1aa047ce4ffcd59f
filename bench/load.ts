/**
 * load (issue 6 §5; alias http): the dashboard mix with autocannon on loopback against the server running as
 * its own process (server/main.ts), at 10 and 50 connections for a bounded duration each (default 15 s,
 * --duration), after a 5 s warm-up: on this run's estate (--scale) and on the demo estate.
 */
import autocannon from "autocannon";
import type { BenchContext } from "./context.ts";
import { dashboardMix } from "./dashboard-mix.ts";
import type { DashboardMix } from "./dashboard-mix.ts";
import type { EstateKey } from "./estate.ts";
import { estateName } from "./estate.ts";
import { verdict } from "./result.ts";
import type { BenchResult, Row } from "./result.ts";
import { postGraphQL } from "./server.ts";
import type { BenchServer } from "./server.ts";
import { count, ms, summarize, timed } from "./stats.ts";

const CONNECTIONS = [10, 50];

/** Each operation of the mix alone, 20 times in sequence: which one the mix's latency comes from. */
async function operationLatencies(server: BenchServer, mix: DashboardMix, key: EstateKey): Promise<Row> {
  const parts: string[] = [];
  for (const op of mix.operations) {
    const times: number[] = [];
    for (let i = 0; i < 20; i++)
      times.push((await timed(() => postGraphQL(server, op.query, op.variables()))).ms);
    parts.push(`${op.name} ${ms(summarize(times).p50)}`);
  }
  return {
    benchmark: "load",
    case: `${estateName(key)} estate, each operation alone (p50 of 20)`,
    figure: parts.join(" · "),
  };
}

export async function loadBench(ctx: BenchContext): Promise<BenchResult> {
  const duration = ctx.options.durationSeconds ?? 15;
  const rows: Row[] = [];
  const data: Record<string, unknown> = { duration, connections: CONNECTIONS };
  const estates: EstateKey[] = [ctx.estate, { kind: "demo" }];
  for (const key of estates) {
    const neo = await ctx.neo4j(key);
    const server = await ctx.httpServer("process", { key });
    const mix = await dashboardMix(neo.driver, server, ctx.options.seed);
    await autocannon({ url: server.url, connections: 10, duration: 5, requests: mix.requests });
    rows.push(await operationLatencies(server, mix, key));

    for (const connections of CONNECTIONS) {
      mix.graphqlErrors.clear();
      const r = await autocannon({
        url: server.url,
        connections,
        duration,
        timeout: 30,
        requests: mix.requests,
      });
      const rps = r.requests.average;
      const gqlErrors = [...mix.graphqlErrors.values()].reduce((s, v) => s + v, 0);
      const errorCodes = Object.fromEntries(mix.graphqlErrors);
      rows.push({
        benchmark: "load",
        case: `${estateName(key)} estate, ${connections} connections, ${duration} s`,
        figure:
          `${count(rps)} req/s · p50 ${ms(r.latency.p50)} · p99 ${ms(r.latency.p99)} · ` +
          `errors ${r.errors} · non-2xx ${r.non2xx} · GraphQL errors ${gqlErrors}` +
          (gqlErrors ? ` ${JSON.stringify(errorCodes)}` : ""),
        target: "≥ 1,000 req/s, p99 ≤ 100 ms",
        verdict: verdict(true, rps >= 1000 && r.latency.p99 <= 100),
      });
      data[`${estateName(key)}-${connections}`] = {
        requestsPerSecond: rps,
        total: r.requests.total,
        latency: r.latency,
        errors: r.errors,
        timeouts: r.timeouts,
        non2xx: r.non2xx,
        statusCodes: r.statusCodeStats,
        graphqlErrors: errorCodes,
      };
    }
  }
  await ctx.closeServer();
  return { name: "load", rows, data };
}
