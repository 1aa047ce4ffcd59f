/**
 * lineage: everything downstream of an approved ScopeAgreement at depth 2, 4, 6 and 8, with the links among
 * what is shown and every property (what the client's lineage view selects), on Neo4j (the named Cypher the
 * lineage field runs, cypher/queries/lineage.cypher, with the resolver's parameters) and on PostgreSQL
 * (bench/sql/lineage.sql, the same payload), interleaved, for a seeded sample of decisions. Both must reach
 * the same objects and return the same number of links.
 */
import type { Driver } from "neo4j-driver";
import type pg from "pg";
import { loadCypher, readQuery } from "../server/db/index.ts";
import { LINEAGE_TYPE_NAMES } from "../server/model/index.ts";
import { LIMITS, lineageQueryName, readLineageRow, toParams } from "../server/traceability/index.ts";
import type { LineageQueryName } from "../server/traceability/index.ts";
import {
  LINEAGE_EXCLUDED_LABEL,
  LINEAGE_LABEL_FILTER,
  lineageRelationshipFilter,
} from "../server/traceability/index.ts";
import type { BenchContext } from "./context.ts";
import { timesFloor } from "./floor.ts";
import { verdict } from "./result.ts";
import type { BenchResult, Row, TargetCheck } from "./result.ts";
import { sampleIds } from "./sample.ts";
import { latencyText, ms, ratioText, summarize, timed } from "./stats.ts";
import type { LatencySummary } from "./stats.ts";
import { benchSql } from "./text-file.ts";

const DEPTHS = [2, 4, 6, 8];
/** The lineage field's largest node limit (the root included): every reached object at these depths. */
const LIMIT = LIMITS.lineageLimit.max - 1;

/** What both engines answer: how many objects in all, the ids returned (sorted) and how many links. */
export interface LineageAnswer {
  total: number;
  ids: string;
  edges: number;
}

function neo4jLineage(
  driver: Driver,
  query: LineageQueryName,
): (id: string, depth: number) => Promise<LineageAnswer> {
  const cypher = loadCypher(`queries/${query}.cypher`);
  return async (id, depth) => {
    const params = toParams({
      id,
      relationshipFilter: lineageRelationshipFilter("DOWNSTREAM"),
      labelFilter: LINEAGE_LABEL_FILTER,
      excludedLabel: LINEAGE_EXCLUDED_LABEL,
      maxDepth: depth,
      types: null,
      limit: LIMIT,
      scan: LIMITS.scan,
      properties: true,
    });
    const records = await readQuery(driver, { cypher, params });
    const row = records[0];
    if (!row) return { total: 0, ids: "", edges: 0 };
    const answer = readLineageRow(row.toObject() as Record<string, unknown>);
    return {
      total: answer.total,
      ids: answer.reached
        .map((r) => String(r.node.id))
        .sort()
        .join(),
      edges: answer.edges.length,
    };
  };
}

function pgLineage(client: pg.Client): (id: string, depth: number) => Promise<LineageAnswer> {
  const text = benchSql("lineage");
  return async (id, depth) => {
    const { rows } = await client.query({
      name: "bench-lineage",
      text,
      values: [id, LINEAGE_TYPE_NAMES, depth, LIMIT],
    });
    const row = rows[0] as { total: string; reached: { id: string }[]; edges: unknown[] };
    return {
      total: Number(row.total),
      ids: row.reached
        .map((r) => r.id)
        .sort()
        .join(),
      edges: row.edges.length,
    };
  };
}

export async function lineageBench(ctx: BenchContext): Promise<BenchResult> {
  const samples = ctx.options.samples ?? 100;
  const neo = await ctx.neo4j();
  // The query the server would run on this Neo4j: the compiled traversal on the local one.
  const query = await lineageQueryName({ driver: neo.driver, queryTimeoutMs: 60_000 });
  const engines = [neo4jLineage(neo.driver, query), pgLineage(await ctx.postgres())];
  // Beside it, the Cypher over APOC that servers without the procedure run (same answers, checked below).
  const fallback = query === "lineage" ? null : neo4jLineage(neo.driver, "lineage");
  const roots = await sampleIds(neo.driver, "approved-decision-ids", Math.min(20, samples), ctx.options.seed);
  const floor = ctx.floors?.bolt;
  const rows: Row[] = [];
  const targets: TargetCheck[] = [];
  const data: Record<string, unknown> = { samples, roots, query };
  for (const depth of DEPTHS) {
    const reached: number[] = [];
    const mismatches: { id: string; neo4j: LineageAnswer; postgres: LineageAnswer }[] = [];
    const fallbackMismatches: string[] = [];
    for (const id of roots) {
      const [n, p] = [await engines[0]!(id, depth), await engines[1]!(id, depth)];
      reached.push(n.total);
      if (n.total !== p.total || n.ids !== p.ids || n.edges !== p.edges)
        mismatches.push({ id, neo4j: n, postgres: p });
      const c = fallback ? await fallback(id, depth) : n;
      if (c.total !== n.total || c.ids !== n.ids || c.edges !== n.edges) fallbackMismatches.push(id);
    }
    const times = [[], []] as [number[], number[]];
    for (let i = 0; i < samples; i++) {
      const id = roots[i % roots.length] as string;
      for (const k of i % 2 === 0 ? [0, 1] : [1, 0]) {
        times[k as 0 | 1].push((await timed(() => engines[k]!(id, depth))).ms);
      }
    }
    const fallbackTimes: number[] = [];
    for (let i = 0; fallback && i < samples; i++) {
      const id = roots[i % roots.length] as string;
      fallbackTimes.push((await timed(() => fallback(id, depth))).ms);
    }
    const [n, p] = times.map(summarize) as [LatencySummary, LatencySummary];
    const f = fallback ? summarize(fallbackTimes) : null;
    const mean = reached.reduce((s, v) => s + v, 0) / reached.length;
    const ratio = p.p50 / n.p50;
    rows.push(
      {
        benchmark: "lineage",
        case: `depth ${depth} Neo4j, ${query === "lineage" ? "Cypher over APOC" : "compiled traversal it4it.lineage"} (≈${Math.round(mean)} objects)`,
        figure: latencyText(n),
        ratio: floor ? timesFloor(n.p50, floor) : "",
      },
      ...(f
        ? [
            {
              benchmark: "lineage",
              case: `depth ${depth} Neo4j, Cypher over APOC (servers without the procedure)${fallbackMismatches.length ? ` (${fallbackMismatches.length} answers differ)` : ", same answers"}`,
              figure: latencyText(f),
              ratio: `${ratioText(f.p50 / n.p50)} the procedure's p50`,
            },
          ]
        : []),
      {
        benchmark: "lineage",
        case: `depth ${depth} PostgreSQL${mismatches.length ? ` (${mismatches.length} answers differ)` : ", same answers"}`,
        figure: latencyText(p),
        ratio: `PG/Neo4j ${ratioText(ratio)} p50, ${ratioText(p.p95 / n.p95)} p95`,
        ...(depth === 8
          ? { target: "PG/Neo4j ≥ 3 at 1M", verdict: verdict(ctx.options.scale >= 1_000_000, ratio >= 3) }
          : {}),
      },
    );
    if (depth === 8) {
      targets.push({
        id: "lineage8-vs-postgres",
        figure: `Neo4j p50 ${ms(n.p50)}, PostgreSQL ${ms(p.p50)}: PG/Neo4j ${ratioText(ratio)} (≈${Math.round(mean)} objects)`,
        verdict: verdict(ctx.options.scale >= 1_000_000, ratio >= 3 && mismatches.length === 0),
      });
    }
    data[`depth${depth}`] = { neo4j: n, postgres: p, meanReached: mean, mismatches: mismatches.slice(0, 5) };
  }
  return { name: "lineage", rows, data, targets };
}
