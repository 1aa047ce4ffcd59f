/**
 * lineage: everything downstream of an approved ScopeAgreement at depth 2, 4, 6 and 8, on Neo4j (the named
 * Cypher the lineage field runs, cypher/queries/lineage.cypher, every reached node returned) and on
 * PostgreSQL (bench/sql/lineage.sql), interleaved, for a seeded sample of decisions. Both must reach the same
 * number of objects.
 */
import type { Driver } from "neo4j-driver";
import type pg from "pg";
import { loadCypher } from "../server/db/index.ts";
import { LINEAGE_TYPE_NAMES } from "../server/model/index.ts";
import { LIMITS, lineageRelationshipFilter } from "../server/traceability/index.ts";
import { toParams } from "../server/traceability/neo4j-values.ts";
import type { BenchContext } from "./context.ts";
import { verdict } from "./result.ts";
import type { BenchResult, Row } from "./result.ts";
import { sampleIds } from "./sample.ts";
import { latencyText, ratioText, summarize, timed } from "./stats.ts";
import { benchSql } from "./text-file.ts";

const DEPTHS = [2, 4, 6, 8];

function neo4jLineage(driver: Driver): (id: string, depth: number) => Promise<number> {
  const cypher = loadCypher("queries/lineage.cypher");
  const relationshipFilter = lineageRelationshipFilter("DOWNSTREAM");
  return async (id, depth) => {
    const params = toParams({
      id,
      relationshipFilter,
      maxDepth: depth,
      types: null,
      limit: LIMITS.scan,
      scan: LIMITS.scan,
    });
    const { records } = await driver.executeQuery(cypher, params, { routing: "READ" });
    return (records[0]?.get("reached") as unknown[] | undefined)?.length ?? 0;
  };
}

function pgLineage(client: pg.Client): (id: string, depth: number) => Promise<number> {
  const text = benchSql("lineage");
  return async (id, depth) =>
    (await client.query({ name: "bench-lineage", text, values: [id, LINEAGE_TYPE_NAMES, depth] })).rowCount ??
    0;
}

export async function lineageBench(ctx: BenchContext): Promise<BenchResult> {
  const samples = ctx.options.samples ?? 100;
  const neo = await ctx.neo4j();
  const engines = [neo4jLineage(neo.driver), pgLineage(await ctx.postgres())];
  const roots = await sampleIds(neo.driver, "approved-decision-ids", Math.min(20, samples), ctx.options.seed);
  const rows: Row[] = [];
  const data: Record<string, unknown> = { samples, roots };
  for (const depth of DEPTHS) {
    const reached: number[] = [];
    const mismatches: { id: string; neo4j: number; postgres: number }[] = [];
    for (const id of roots) {
      const [n, p] = [await engines[0]!(id, depth), await engines[1]!(id, depth)];
      reached.push(n);
      if (n !== p) mismatches.push({ id, neo4j: n, postgres: p });
    }
    const times = [[], []] as [number[], number[]];
    for (let i = 0; i < samples; i++) {
      const id = roots[i % roots.length] as string;
      for (const k of i % 2 === 0 ? [0, 1] : [1, 0]) {
        times[k as 0 | 1].push((await timed(() => engines[k]!(id, depth))).ms);
      }
    }
    const [n, p] = times.map(summarize) as [ReturnType<typeof summarize>, ReturnType<typeof summarize>];
    const mean = reached.reduce((s, v) => s + v, 0) / reached.length;
    const ratio = p.p50 / n.p50;
    rows.push(
      {
        benchmark: "lineage",
        case: `depth ${depth} Neo4j (≈${Math.round(mean)} objects)`,
        figure: latencyText(n),
        ratio: "1.00×",
      },
      {
        benchmark: "lineage",
        case: `depth ${depth} PostgreSQL${mismatches.length ? ` (${mismatches.length} count mismatches)` : ""}`,
        figure: latencyText(p),
        ratio: `PG/Neo4j ${ratioText(ratio)} p50, ${ratioText(p.p95 / n.p95)} p95`,
        ...(depth >= 6 ? { target: "PG/Neo4j ≥ 3", verdict: verdict(true, ratio >= 3) } : {}),
      },
    );
    data[`depth${depth}`] = { neo4j: n, postgres: p, meanReached: mean, mismatches };
  }
  return { name: "lineage", rows, data };
}
