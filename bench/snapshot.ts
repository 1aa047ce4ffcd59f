/**
 * snapshot: the whole-estate answers (coverage, broken chains, overview) through the GraphQL API of the
 * in-process server with its default answer cache, the client's own operations: the first (cold) answer, then
 * warm p50/p95 (served from the estate snapshot and the answer cache), each also as a multiple of the HTTP floor; then freshness — a write from outside the
 * server (one Incident created through the harness's own driver, then deleted) must show in the very next
 * coverage, broken-chains and overview answers, and the time that next answer took (it recomputes).
 */
import { randomUUID } from "node:crypto";
import type { BenchContext } from "./context.ts";
import { measureFloors } from "./floor.ts";
import { verdict } from "./result.ts";
import type { BenchResult, Row, TargetCheck } from "./result.ts";
import { postGraphQL } from "./server.ts";
import type { BenchServer } from "./server.ts";
import { latencyText, ms, ratioText, summarize, timed } from "./stats.ts";
import { benchCypher, benchGraphQL } from "./text-file.ts";

interface Counts {
  incidents: number;
  traced: number;
  broken: number;
  overviewIncidents: number;
  stale: boolean;
}

/** What a freshness check reads: incident totals from coverage, broken chains and overview, with staleness. */
const COUNTS_QUERY = `query BenchCounts {
  coverageReport { rows { scope type total traced } snapshot { stale } }
  brokenChainsPage(type: "Incident", first: 1) { totalCount snapshot { stale } }
  overview { counts { type count } }
}`;

async function counts(server: BenchServer): Promise<Counts> {
  const data = await postGraphQL<{
    coverageReport: {
      rows: { scope: string; type: string | null; total: number; traced: number }[];
      snapshot: { stale: boolean };
    };
    brokenChainsPage: { totalCount: number; snapshot: { stale: boolean } };
    overview: { counts: { type: string; count: number }[] };
  }>(server, COUNTS_QUERY, {});
  const row = data.coverageReport.rows.find((r) => r.type === "Incident");
  return {
    incidents: row?.total ?? -1,
    traced: row?.traced ?? -1,
    broken: data.brokenChainsPage.totalCount,
    overviewIncidents: data.overview.counts.find((c) => c.type === "Incident")?.count ?? -1,
    stale: data.coverageReport.snapshot.stale || data.brokenChainsPage.snapshot.stale,
  };
}

export async function snapshotBench(ctx: BenchContext): Promise<BenchResult> {
  const samples = ctx.options.samples ?? 200;
  const at1M = ctx.options.scale >= 1_000_000;
  const neo = await ctx.neo4j();
  ctx.floors ??= await measureFloors(ctx);
  // The server as it runs by default, with the answer cache: what a dashboard gets.
  const server = await ctx.httpServer("in-process", { answerCache: true });
  const floor = ctx.floors.http;
  const operations = [
    { name: "coverage", query: benchGraphQL("coverage"), variables: {} },
    { name: "broken chains", query: benchGraphQL("broken-chains"), variables: { type: "Incident" } },
    { name: "overview", query: benchGraphQL("overview"), variables: {} },
  ];
  const rows: Row[] = [];
  const targets: TargetCheck[] = [];
  const data: Record<string, unknown> = { samples };
  const cold: Record<string, number> = {};
  for (const op of operations)
    cold[op.name] = (await timed(() => postGraphQL(server, op.query, op.variables))).ms;
  const times = operations.map(() => [] as number[]);
  for (let i = 0; i < samples; i++) {
    for (const [k, op] of operations.entries()) {
      times[k]?.push((await timed(() => postGraphQL(server, op.query, op.variables))).ms);
    }
  }
  const warm: string[] = [];
  let allMet = true;
  for (const [k, op] of operations.entries()) {
    const s = summarize(times[k] ?? []);
    const met = s.p50 <= 5;
    allMet &&= met;
    warm.push(`${op.name} ${ms(s.p50)}`);
    rows.push({
      benchmark: "snapshot",
      case: `${op.name} warm (first answer ${ms(cold[op.name] ?? Number.NaN)})`,
      figure: latencyText(s),
      ratio: `${ratioText(s.p50 / floor.p50)} HTTP floor`,
      target: "p50 ≤ 5 ms warm at 1M",
      verdict: verdict(at1M, met),
    });
    data[op.name] = { cold: cold[op.name], warm: s };
  }
  targets.push({ id: "snapshot-warm", figure: `p50 ${warm.join(" · ")}`, verdict: verdict(at1M, allMet) });

  // Freshness: a foreign write, then the next answer.
  const id = `BENCH-PROBE-${randomUUID()}`;
  const before = await counts(server);
  await neo.driver.executeQuery(benchCypher("probe-create"), { id }, { routing: "WRITE" });
  let after: Counts;
  let afterMs: number;
  try {
    ({ value: after, ms: afterMs } = await timed(() => counts(server)));
  } finally {
    await neo.driver.executeQuery(benchCypher("probe-delete"), { id }, { routing: "WRITE" });
  }
  const { value: restored, ms: restoredMs } = await timed(() => counts(server));
  const reflected =
    after.incidents === before.incidents + 1 &&
    after.traced === before.traced &&
    after.broken === before.broken + 1 &&
    after.overviewIncidents === before.overviewIncidents + 1 &&
    !after.stale;
  const back =
    restored.incidents === before.incidents &&
    restored.broken === before.broken &&
    restored.overviewIncidents === before.overviewIncidents &&
    !restored.stale;
  const fresh = reflected && back;
  const figure =
    `after a foreign write: incidents ${before.incidents} → ${after.incidents}, broken ${before.broken} → ` +
    `${after.broken}, overview ${before.overviewIncidents} → ${after.overviewIncidents}` +
    `${after.stale ? " (stale)" : ""} in ${ms(afterMs)}; after the delete ${restored.incidents}` +
    `${restored.stale ? " (stale: the recomputation outlasted the 5 s wait)" : ""} in ${ms(restoredMs)}`;
  rows.push({
    benchmark: "snapshot",
    case: "next answer after a write",
    figure,
    target: "reflects the write",
    verdict: verdict(true, fresh),
  });
  targets.push({ id: "snapshot-fresh", figure, verdict: verdict(true, fresh) });
  data.freshness = { before, after, afterMs, restored, restoredMs };
  return { name: "snapshot", rows, data, targets };
}
