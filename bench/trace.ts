/**
 * trace: incident -> nearest ScopeAgreement upstream for a seeded sample of incidents, warm, three ways in the
 * same run and interleaved: (a) the named Cypher the server runs (cypher/queries/trace.cypher) straight
 * through neo4j-driver, (b) the GraphQL `trace` field over HTTP, (c) a PostgreSQL recursive CTE
 * (bench/sql/trace.sql). The three answers (found, path length, nearest decisions) are compared per incident.
 */
import type { Driver } from "neo4j-driver";
import type pg from "pg";
import { loadCypher } from "../server/db/index.ts";
import { LINEAGE_TYPE_NAMES } from "../server/model/index.ts";
import { LIMITS, lineageRelationshipFilter } from "../server/traceability/index.ts";
import { toParams } from "../server/traceability/neo4j-values.ts";
import type { BenchContext } from "./context.ts";
import { verdict } from "./result.ts";
import type { BenchResult } from "./result.ts";
import { sampleIds } from "./sample.ts";
import { postGraphQL } from "./server.ts";
import type { BenchServer } from "./server.ts";
import { latencyText, ratioText, summarize, timed } from "./stats.ts";
import { benchGraphQL, benchSql } from "./text-file.ts";

const MAX_DEPTH = 25;

/** What each way answers: whether a decision was found, at what distance, and which decisions. */
export interface TraceAnswer {
  found: boolean;
  length: number | null;
  origins: string[];
}

type Way = { name: string; run: (id: string) => Promise<TraceAnswer> };

/** Way (a): the named Cypher through the driver, with the parameters the trace resolver passes. */
export function rawTrace(driver: Driver): Way {
  const cypher = loadCypher("queries/trace.cypher");
  return {
    name: "(a) raw Cypher",
    run: async (id) => {
      const params = toParams({
        id,
        toType: "ScopeAgreement",
        maxDepth: MAX_DEPTH,
        maxPaths: LIMITS.tracePaths,
        relationshipFilter: lineageRelationshipFilter("UPSTREAM"),
        accountability: true,
      });
      const { records } = await driver.executeQuery(cypher, params, { routing: "READ" });
      const paths = records.map((r) => ({
        length: (r.get("edges") as unknown[]).length,
        origin: String((r.get("nodes") as { id: string }[])[0]?.id),
      }));
      return nearest(paths);
    },
  };
}

function graphql(server: BenchServer): Way {
  const query = benchGraphQL("trace");
  return {
    name: "(b) GraphQL over HTTP",
    run: async (id) => {
      const data = await postGraphQL<{
        trace: { found: boolean; paths: { length: number; origin: { node: { id: string } } }[] };
      }>(server, query, { id });
      return nearest(data.trace.paths.map((p) => ({ length: p.length, origin: p.origin.node.id })));
    },
  };
}

function postgres(client: pg.Client): Way {
  const text = benchSql("trace");
  return {
    name: "(c) PostgreSQL CTE",
    run: async (id) => {
      const result = await client.query({
        name: "bench-trace",
        text,
        values: [id, LINEAGE_TYPE_NAMES, MAX_DEPTH],
      });
      const row = result.rows[0] as { depth: number; origins: string[] } | undefined;
      return row
        ? { found: true, length: row.depth, origins: [...row.origins].sort() }
        : { found: false, length: null, origins: [] };
    },
  };
}

function nearest(paths: { length: number; origin: string }[]): TraceAnswer {
  if (paths.length === 0) return { found: false, length: null, origins: [] };
  const length = Math.min(...paths.map((p) => p.length));
  const origins = [...new Set(paths.filter((p) => p.length === length).map((p) => p.origin))].sort();
  return { found: true, length, origins };
}

/** Same answer: same found and length, same decisions (Neo4j returns at most 10 of them). */
function agree(a: TraceAnswer, b: TraceAnswer): boolean {
  if (a.found !== b.found || a.length !== b.length) return false;
  const [small, big] = a.origins.length <= b.origins.length ? [a, b] : [b, a];
  if (big.origins.length > LIMITS.tracePaths && small.origins.length === LIMITS.tracePaths) {
    return small.origins.every((o) => big.origins.includes(o));
  }
  return small.origins.join() === big.origins.join();
}

export async function traceBench(ctx: BenchContext): Promise<BenchResult> {
  const { scale, seed } = ctx.options;
  const samples = ctx.options.samples ?? 300;
  const neo = await ctx.neo4j();
  const ways = [
    rawTrace(neo.driver),
    graphql(await ctx.httpServer("in-process")),
    postgres(await ctx.postgres()),
  ];
  const incidents = await sampleIds(neo.driver, "incident-ids", Math.min(100, samples), seed);

  const disagreements: { id: string; answers: Record<string, TraceAnswer | undefined> }[] = [];
  for (const id of incidents) {
    const answers = await Promise.all(ways.map((w) => w.run(id)));
    if (!answers.every((a) => agree(a, answers[0] as TraceAnswer))) {
      disagreements.push({ id, answers: Object.fromEntries(ways.map((w, i) => [w.name, answers[i]])) });
    }
  }
  const times = ways.map(() => [] as number[]);
  for (let i = 0; i < samples; i++) {
    const id = incidents[i % incidents.length] as string;
    for (let k = 0; k < ways.length; k++) {
      const w = (i + k) % ways.length;
      times[w]?.push((await timed(() => (ways[w] as Way).run(id))).ms);
    }
  }
  const [a, b, c] = times.map(summarize) as [
    ReturnType<typeof summarize>,
    ReturnType<typeof summarize>,
    ReturnType<typeof summarize>,
  ];
  const at1M = scale >= 1_000_000;
  const found = disagreements.length === 0 ? "all agree" : `${disagreements.length} disagree`;
  return {
    name: "trace",
    rows: [
      {
        benchmark: "trace",
        case: `(a) raw Cypher, ${incidents.length} incidents`,
        figure: latencyText(a),
        ratio: "1.00×",
        target: "p95 ≤ 25 ms at 1M",
        verdict: verdict(at1M, a.p95 <= 25),
      },
      {
        benchmark: "trace",
        case: "(b) GraphQL over HTTP",
        figure: latencyText(b),
        ratio: `(b)/(a) ${ratioText(b.p50 / a.p50)} p50, ${ratioText(b.p95 / a.p95)} p95`,
        target: "(b)/(a) ≤ 1.5",
        verdict: verdict(true, b.p50 / a.p50 <= 1.5),
      },
      {
        benchmark: "trace",
        case: "(c) PostgreSQL recursive CTE",
        figure: latencyText(c),
        ratio: `(c)/(a) ${ratioText(c.p50 / a.p50)} p50, ${ratioText(c.p95 / a.p95)} p95`,
      },
      { benchmark: "trace", case: "answers (a)=(b)=(c)", figure: `${found} (${incidents.length} incidents)` },
    ],
    data: { samples, incidents, raw: a, graphql: b, postgres: c, disagreements },
  };
}
