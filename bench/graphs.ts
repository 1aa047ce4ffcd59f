/**
 * graphs: the workloads where a graph database should pay off, Neo4j against PostgreSQL with the same
 * payload, interleaved, warm, on a seeded sample:
 * - impact of an approved portfolio decision (everything downstream to depth 10, counted by type, with the
 *   open work, the nodes and the links among them): the query the server runs on this Neo4j
 *   (cypher/queries/impact-procedure.cypher on the local one, which has the compiled traversal) vs
 *   bench/sql/impact.sql, and beside them impact.cypher over APOC (servers without the procedure);
 * - the path between two arbitrary objects (shortest downstream lineage path either way, to depth 25, as the
 *   path field asks it: one statement per pair on each engine, with both existence checks and both walks,
 *   the shorter path kept, forward on a tie): cypher/queries/path-either-way.cypher, the query the path
 *   field sends, vs bench/sql/path-either-way.sql. Random pairs are mostly unconnected, so both engines
 *   usually sweep both downstream cones to the depth bound.
 * Answers are compared (impact: total, the counts by type and open work, the nodes kept and the links; path:
 * whether both ends exist, then the length of the path kept and which way it runs, or "none").
 */
import type { Driver } from "neo4j-driver";
import type pg from "pg";
import { loadCypher, readQuery } from "../server/db/index.ts";
import { DATA_OBJECT_TYPE_NAMES, LINEAGE_TYPE_NAMES } from "../server/model/index.ts";
import { LIMITS, toNumber, toParams } from "../server/traceability/index.ts";
import { LINEAGE_LABEL_FILTER, lineageRelationshipFilter } from "../server/traceability/index.ts";
import { LINEAGE_EXCLUDED_LABEL, impactQueryName } from "../server/traceability/index.ts";
import type { ImpactQueryName } from "../server/traceability/index.ts";
import { openWorkParams } from "../server/traceability/index.ts";
import type { BenchContext } from "./context.ts";
import { timesFloor } from "./floor.ts";
import { verdict } from "./result.ts";
import type { BenchResult, Row, TargetCheck } from "./result.ts";
import { sampleIds } from "./sample.ts";
import { latencyText, ms, ratioText, summarize, timed } from "./stats.ts";
import type { LatencySummary } from "./stats.ts";
import { benchSql } from "./text-file.ts";

/** The impact field's defaults (server/traceability/impact.ts). */
const IMPACT = { maxDepth: 10, limit: 5000 };
/** The path field's default depth. */
const PATH_DEPTH = 25;

type Engine<T> = (input: T) => Promise<string>;

/** A count from either driver: a Neo4j Integer, or PostgreSQL's bigint (a string in node-postgres). */
const num = (value: unknown): number => (typeof value === "string" ? Number(value) : toNumber(value));

/** Impact answer as text, so the two engines compare with one string equality. */
function impactText(row: {
  total: unknown;
  byType: { type: string; count: unknown }[];
  openIncidents: unknown;
  openProblems: unknown;
  openRFCs: unknown;
  ids: string[];
  edges: number;
}): string {
  const byType = row.byType.map((t) => `${t.type}:${num(t.count)}`).join(" ");
  const open = [row.openIncidents, row.openProblems, row.openRFCs].map(num).join("/");
  const total = num(row.total);
  // When the cap keeps only part of the cone, which of the equally near objects are kept may differ.
  const kept = total > IMPACT.limit ? `${row.ids.length} kept` : [...row.ids].sort().join(",");
  return `${total} | ${byType} | open ${open} | ${kept} | ${row.edges} links`;
}

function neo4jImpact(driver: Driver, name: ImpactQueryName): Engine<string> {
  const cypher = loadCypher(`queries/${name}.cypher`);
  return async (id) => {
    const params = toParams({
      id,
      ...IMPACT,
      scan: LIMITS.scan,
      relationshipFilter: lineageRelationshipFilter("DOWNSTREAM"),
      labelFilter: LINEAGE_LABEL_FILTER,
      excludedLabel: LINEAGE_EXCLUDED_LABEL,
      properties: true,
      ...openWorkParams(),
    });
    const records = await readQuery(driver, { cypher, params });
    const row = records[0]?.toObject() as Record<string, unknown>;
    return impactText({
      total: row.total,
      byType: row.byType as { type: string; count: unknown }[],
      openIncidents: row.openIncidents,
      openProblems: row.openProblems,
      openRFCs: row.openRFCs,
      ids: (row.nodes as { id: string }[]).map((n) => n.id),
      edges: (row.edges as unknown[]).length,
    });
  };
}

function pgImpact(client: pg.Client): Engine<string> {
  const text = benchSql("impact");
  const open = openWorkParams();
  return async (id) => {
    const { rows } = await client.query({
      name: "bench-impact",
      text,
      values: [
        id,
        LINEAGE_TYPE_NAMES,
        IMPACT.maxDepth,
        IMPACT.limit,
        open.openIncident,
        open.openProblem,
        open.openRFC,
      ],
    });
    const row = rows[0] as Record<string, unknown>;
    return impactText({
      total: row.total,
      byType: row.byType as { type: string; count: unknown }[],
      openIncidents: row.openIncidents,
      openProblems: row.openProblems,
      openRFCs: row.openRFCs,
      ids: (row.nodes as { id: string }[]).map((n) => n.id),
      edges: (row.edges as unknown[]).length,
    });
  };
}

type Pair = [string, string];

/** A row of path-either-way.cypher or path-either-way.sql: nodes and edges are null when there is no path. */
interface PathRow {
  fromExists: boolean;
  toExists: boolean;
  nodes: { id: string }[] | null;
  edges: unknown[] | null;
}

/** "length 4, forward", "length 2, backward" (the path runs from `to` to `from`), "none" or an unknown end. */
function pathText(row: PathRow | undefined, from: string): string {
  if (!row) return "no row";
  if (!row.fromExists || !row.toExists) return `unknown ${row.fromExists ? "to" : "from"}`;
  if (!row.nodes || !row.edges) return "none";
  return `length ${row.edges.length}, ${row.nodes[0]?.id === from ? "forward" : "backward"}`;
}

/** The path field's one query per pair. */
function neo4jPath(driver: Driver): Engine<Pair> {
  const cypher = loadCypher("queries/path-either-way.cypher");
  return async ([from, to]) => {
    const params = toParams({
      from,
      to,
      maxDepth: PATH_DEPTH,
      relationshipFilter: lineageRelationshipFilter("DOWNSTREAM"),
      labelFilter: LINEAGE_LABEL_FILTER,
    });
    const records = await readQuery(driver, { cypher, params });
    return pathText(records[0]?.toObject() as PathRow | undefined, from);
  };
}

/** The same question in one SQL statement per pair. */
function pgPath(client: pg.Client): Engine<Pair> {
  const text = benchSql("path-either-way");
  return async ([from, to]) => {
    const { rows } = await client.query({
      name: "bench-path-either-way",
      text,
      values: [from, to, LINEAGE_TYPE_NAMES, PATH_DEPTH, DATA_OBJECT_TYPE_NAMES],
    });
    return pathText(rows[0] as PathRow | undefined, from);
  };
}

interface Comparison {
  neo4j: LatencySummary;
  postgres: LatencySummary;
  mismatches: { input: unknown; neo4j: string; postgres: string }[];
  answers: string[];
}

async function compare<T>(
  inputs: readonly T[],
  engines: [Engine<T>, Engine<T>],
  samples: number,
): Promise<Comparison> {
  const mismatches: Comparison["mismatches"] = [];
  const answers: string[] = [];
  for (const input of inputs) {
    const [n, p] = [await engines[0](input), await engines[1](input)];
    answers.push(n);
    if (n !== p) mismatches.push({ input, neo4j: n, postgres: p });
  }
  const times = [[], []] as [number[], number[]];
  for (let i = 0; i < samples; i++) {
    const input = inputs[i % inputs.length] as T;
    for (const k of i % 2 === 0 ? [0, 1] : [1, 0]) {
      times[k as 0 | 1].push((await timed(() => engines[k as 0 | 1](input))).ms);
    }
  }
  return { neo4j: summarize(times[0]), postgres: summarize(times[1]), mismatches, answers };
}

export async function graphsBench(ctx: BenchContext): Promise<BenchResult> {
  const samples = ctx.options.samples ?? 60;
  const at1M = ctx.options.scale >= 1_000_000;
  const neo = await ctx.neo4j();
  const client = await ctx.postgres();
  const floor = ctx.floors?.bolt;
  const decisions = await sampleIds(neo.driver, "approved-decision-ids", 20, ctx.options.seed);
  const objects = await sampleIds(neo.driver, "data-object-ids", 40, ctx.options.seed + 1);
  const pairs: Pair[] = [];
  for (let i = 0; i + 1 < objects.length; i += 2)
    pairs.push([objects[i] as string, objects[i + 1] as string]);

  const query = await impactQueryName({ driver: neo.driver, queryTimeoutMs: 60_000 });
  const impact = await compare(decisions, [neo4jImpact(neo.driver, query), pgImpact(client)], samples);
  // The Cypher over APOC that servers without the procedure run, against the procedure (same answers).
  const apoc =
    query === "impact"
      ? null
      : await compare(
          decisions,
          [neo4jImpact(neo.driver, "impact"), neo4jImpact(neo.driver, query)],
          samples,
        );
  const path = await compare(pairs, [neo4jPath(neo.driver), pgPath(client)], samples);
  const totals = impact.answers.map((a) => Number(a.split(" | ")[0]));
  const meanCone = Math.round(totals.reduce((s, v) => s + v, 0) / Math.max(1, totals.length));
  const found = path.answers.filter((a) => a !== "none").length;

  const rows: Row[] = [];
  const targets: TargetCheck[] = [];
  for (const [key, label, c] of [
    [
      "impact",
      `impact of an approved decision (≈${meanCone.toLocaleString("en")} objects, max ${Math.max(...totals).toLocaleString("en")})`,
      impact,
    ],
    ["path", `path between arbitrary objects (${found}/${pairs.length} pairs connected)`, path],
  ] as const) {
    const ratio = c.postgres.p50 / c.neo4j.p50;
    const agree = c.mismatches.length === 0;
    rows.push(
      {
        benchmark: "graphs",
        case: `${label}, Neo4j${key === "impact" ? ` (${query}.cypher)` : ""}`,
        figure: latencyText(c.neo4j),
        ratio: floor ? timesFloor(c.neo4j.p50, floor) : "",
      },
      {
        benchmark: "graphs",
        case: `${key}, PostgreSQL${agree ? ", same answers" : ` (${c.mismatches.length} answers differ)`}`,
        figure: latencyText(c.postgres),
        ratio: `PG/Neo4j ${ratioText(ratio)} p50, ${ratioText(c.postgres.p95 / c.neo4j.p95)} p95`,
        target: "PG/Neo4j ≥ 3 at 1M",
        verdict: verdict(at1M, ratio >= 3),
      },
    );
    if (key === "impact" && apoc) {
      const same = apoc.mismatches.length === 0;
      rows.push({
        benchmark: "graphs",
        case: `impact, Neo4j, Cypher over APOC (servers without the procedure)${same ? ", same answers" : ` (${apoc.mismatches.length} answers differ)`}`,
        figure: latencyText(apoc.neo4j),
        ratio: `${ratioText(apoc.neo4j.p50 / apoc.postgres.p50)} the procedure's p50`,
      });
    }
    targets.push({
      id: `${key}-vs-postgres`,
      figure:
        `Neo4j p50 ${ms(c.neo4j.p50)}, PostgreSQL ${ms(c.postgres.p50)}: PG/Neo4j ${ratioText(ratio)}` +
        (agree ? "" : `; ${c.mismatches.length} answers differ`),
      verdict: verdict(at1M, ratio >= 3 && agree),
    });
  }
  return {
    name: "graphs",
    rows,
    targets,
    data: {
      samples,
      decisions,
      pairs,
      impact: { ...impact, query, mismatches: impact.mismatches.slice(0, 5) },
      impactApoc: apoc ? { ...apoc, mismatches: apoc.mismatches.slice(0, 5) } : null,
      path: { ...path, mismatches: path.mismatches.slice(0, 5) },
    },
  };
}
