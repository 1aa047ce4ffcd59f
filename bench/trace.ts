/**
 * trace: the audit trace (object -> nearest APPROVED ScopeAgreement over provenance links, else the nearest
 * ScopeAgreement) for a seeded sample of incidents, warm, in the same run and interleaved: (a) the named
 * Cypher the server runs (trace-procedure.cypher over the compiled walk on the local Neo4j, read by the
 * server's own provenance-cone.ts) through the server's readQuery, (b) the GraphQL `trace` field over HTTP (the
 * client's operation), (c) a PostgreSQL recursive CTE with the same semantics and payload (bench/sql/trace.sql,
 * its type lists built from server/model), (d) trace.cypher over APOC, what a Neo4j without the explorer's
 * procedures (Aura) runs, and the floors (`RETURN 1` through the server's readQuery and through executeQuery, `{ __typename }` over HTTP). The three
 * answers (verdict, path length, chosen decisions, the path's objects) are compared per incident.
 */
import type { Driver } from "neo4j-driver";
import type pg from "pg";
import { loadCypher, readQuery } from "../server/db/index.ts";
import { PROVENANCE_RELATIONSHIPS, isAuthorityReversed } from "../server/model/index.ts";
import { LIMITS, toParams, traceQueryName } from "../server/traceability/index.ts";
import type { TraceQueryName } from "../server/traceability/index.ts";
import { provenanceRelationshipFilter } from "../server/traceability/index.ts";
import { readTrace, toCone } from "../server/traceability/index.ts";
import type { BenchContext } from "./context.ts";
import { boltFloor, httpFloor, managedFloor } from "./floor.ts";
import { verdict } from "./result.ts";
import type { BenchResult, TargetCheck } from "./result.ts";
import { sampleIds } from "./sample.ts";
import { postGraphQL } from "./server.ts";
import type { BenchServer } from "./server.ts";
import { latencyText, ms, ratioText, summarize, timed } from "./stats.ts";
import type { LatencySummary } from "./stats.ts";
import { benchGraphQL, benchSql } from "./text-file.ts";

/** The trace field's default depth (LIMITS.coverageDepth), as the GraphQL way runs it. */
const MAX_DEPTH = LIMITS.coverageDepth;

/** What each way answers: verdict, distance, the chosen decisions and each path's objects (origin first). */
export interface TraceAnswer {
  found: boolean;
  approved: boolean;
  length: number | null;
  /** Chosen origin id -> the ids along its path, origin first. */
  paths: Record<string, string[]>;
}

type Way = { name: string; run: (id: string) => Promise<TraceAnswer> };

interface PathLike {
  length: number;
  nodes: { id: string }[];
}

function answer(approved: boolean, paths: readonly PathLike[]): TraceAnswer {
  const byOrigin: Record<string, string[]> = {};
  for (const p of paths) byOrigin[p.nodes[0]?.id ?? ""] = p.nodes.map((n) => n.id);
  return {
    found: paths.length > 0,
    approved,
    length: paths.length > 0 ? Math.min(...paths.map((p) => p.length)) : null,
    paths: byOrigin,
  };
}

/** The parameters the trace resolver passes (server/traceability/trace.ts). */
export function traceParams(id: string): Record<string, unknown> {
  return {
    id,
    toType: "ScopeAgreement",
    maxDepth: MAX_DEPTH,
    scan: LIMITS.scan,
    relationshipFilter: provenanceRelationshipFilter("UPSTREAM"),
    accountability: true,
  };
}

/** Ways (a) and (d): a named trace query through the driver, read by the server's own cone reader. */
export function rawTrace(driver: Driver, query: TraceQueryName, name: string): Way {
  const cypher = loadCypher(`queries/${query}.cypher`);
  return {
    name,
    run: async (id) => {
      const records = await readQuery(driver, { cypher, params: toParams(traceParams(id)) });
      const cone = toCone(records.map((r) => r.toObject() as Record<string, unknown>));
      const read = readTrace(cone, { toType: "ScopeAgreement", maxPaths: LIMITS.tracePaths });
      return answer(read.verdict === "APPROVED", read.paths);
    },
  };
}

function graphql(server: BenchServer): Way {
  const query = benchGraphQL("trace");
  return {
    name: "(b) GraphQL over HTTP",
    run: async (id) => {
      const data = await postGraphQL<{ trace: { approved: boolean; paths: PathLike[] } }>(server, query, {
        id,
      });
      return answer(data.trace.approved, data.trace.paths);
    },
  };
}

/** The provenance types walked against their stored direction upstream, and the two walked with it. */
export function provenanceTypeLists(): { against: string[]; withStored: string[] } {
  const types = [...new Set(PROVENANCE_RELATIONSHIPS.map((r) => r.type))].sort();
  return {
    against: types.filter((t) => !isAuthorityReversed(t)),
    withStored: types.filter((t) => isAuthorityReversed(t)),
  };
}

function postgres(client: pg.Client): Way {
  const text = benchSql("trace");
  const { against, withStored } = provenanceTypeLists();
  return {
    name: "(c) PostgreSQL CTE",
    run: async (id) => {
      const result = await client.query({
        name: "bench-trace",
        text,
        values: [id, against, withStored, MAX_DEPTH, "ScopeAgreement", LIMITS.tracePaths],
      });
      const row = result.rows[0] as { approved: boolean; paths: PathLike[] } | undefined;
      return answer(row?.approved ?? false, row?.paths ?? []);
    },
  };
}

/**
 * Same answer: same verdict and distance, the same decisions chosen (when more than the 10 paths kept are
 * equally near, each way keeps its own 10, so only the count is compared), and the same objects along each
 * path — or, where the ways took different but equally short routes, counted apart as `alternatives`.
 */
export function compareTraces(a: TraceAnswer, b: TraceAnswer): "same" | "alternative" | "different" {
  if (a.found !== b.found || a.approved !== b.approved || a.length !== b.length) return "different";
  const ao = Object.keys(a.paths).sort();
  const bo = Object.keys(b.paths).sort();
  if (ao.length !== bo.length) return "different";
  if (ao.length < LIMITS.tracePaths && ao.join() !== bo.join()) return "different";
  const routes = ao.every((o) => b.paths[o]?.join() === a.paths[o]?.join());
  return routes && ao.join() === bo.join() ? "same" : "alternative";
}

type Summary = LatencySummary;

/**
 * Up to 10 incidents whose trace is not approved (from the broken-chains page), so the comparison also
 * covers the unapproved and no-decision answers; none when the estate has none or the page fails.
 */
async function brokenIncidents(server: BenchServer): Promise<string[]> {
  try {
    const data = await postGraphQL<{ brokenChainsPage: { edges: { node: { node: { id: string } } }[] } }>(
      server,
      `query BenchBroken { brokenChainsPage(type: "Incident", first: 10) { edges { node { node { id } } } } }`,
      {},
    );
    return data.brokenChainsPage.edges.map((e) => e.node.node.id);
  } catch {
    return [];
  }
}

export async function traceBench(ctx: BenchContext): Promise<BenchResult> {
  const { scale, seed } = ctx.options;
  const samples = ctx.options.samples ?? 300;
  const neo = await ctx.neo4j();
  const server = await ctx.httpServer("in-process");
  const query = await traceQueryName({ driver: neo.driver, queryTimeoutMs: 60_000 });
  const ways = [
    rawTrace(neo.driver, query, `(a) raw Cypher (${query}.cypher)`),
    graphql(server),
    postgres(await ctx.postgres()),
    rawTrace(neo.driver, "trace", "(d) raw Cypher over APOC (trace.cypher)"),
  ];
  const floors = [boltFloor(neo.driver), httpFloor(server), managedFloor(neo.driver)];
  const incidents = await sampleIds(neo.driver, "incident-ids", Math.min(100, samples), seed);
  const broken = await brokenIncidents(server);

  const disagreements: { id: string; answers: Record<string, TraceAnswer | undefined> }[] = [];
  let alternatives = 0;
  let approved = 0;
  for (const id of [...incidents, ...broken]) {
    const answers = await Promise.all(ways.map((w) => w.run(id)));
    const first = answers[0] as TraceAnswer;
    if (first.approved) approved++;
    const verdicts = answers.slice(1).map((x) => compareTraces(first, x));
    if (verdicts.includes("different")) {
      disagreements.push({ id, answers: Object.fromEntries(ways.map((w, i) => [w.name, answers[i]])) });
    } else if (verdicts.includes("alternative")) alternatives++;
  }
  const all: (() => Promise<unknown>)[] = [
    ...ways.map((w) => () => w.run(incidents[0] as string)),
    ...floors,
  ];
  for (let i = 0; i < 30; i++) for (const run of all) await run();
  const times = [...ways, ...floors].map(() => [] as number[]);
  for (let i = 0; i < samples; i++) {
    const id = incidents[i % incidents.length] as string;
    const runs = [...ways.map((w) => () => w.run(id)), ...floors];
    for (let k = 0; k < runs.length; k++) {
      const w = (i + k) % runs.length;
      times[w]?.push((await timed(runs[w] as () => Promise<unknown>)).ms);
    }
  }
  const [a, b, c, d, bolt, http, managed] = times.map(summarize) as [
    Summary,
    Summary,
    Summary,
    Summary,
    Summary,
    Summary,
    Summary,
  ];
  ctx.floors = { bolt, http };
  const at1M = scale >= 1_000_000;
  const agreement =
    disagreements.length === 0
      ? `all agree${alternatives ? ` (${alternatives} by equally short alternative routes)` : ""}`
      : `${disagreements.length} disagree`;
  const targets: TargetCheck[] = [
    {
      id: "trace-floor",
      figure: `raw p50 ${ms(a.p50)} = ${ratioText(a.p50 / bolt.p50)} RETURN 1 (${ms(bolt.p50)})`,
      verdict: verdict(true, a.p50 <= 2 * bolt.p50),
    },
    {
      id: "trace-graphql-p95",
      figure: `GraphQL p95 ${ms(b.p95)} at ${scale.toLocaleString("en")}`,
      verdict: verdict(at1M, b.p95 <= 10),
    },
    {
      id: "trace-graphql-raw",
      figure: `(b)/(a) ${ratioText(b.p50 / a.p50)} p50, ${ratioText(b.p95 / a.p95)} p95`,
      verdict: verdict(true, b.p50 / a.p50 <= 1.25),
    },
    {
      id: "trace-vs-postgres",
      figure: `Neo4j p50 ${ms(a.p50)} = ${ratioText(a.p50 / c.p50)} PostgreSQL (${ms(c.p50)})`,
      verdict: verdict(true, a.p50 <= 1.5 * c.p50),
    },
  ];
  return {
    name: "trace",
    rows: [
      {
        benchmark: "trace",
        case: "floor: RETURN 1 via readQuery (one auto-commit read, as the server reads)",
        figure: latencyText(bolt),
        ratio: "1.00×",
      },
      {
        benchmark: "trace",
        case: "RETURN 1 via executeQuery (a managed transaction: BEGIN, RUN, COMMIT)",
        figure: latencyText(managed),
        ratio: `${ratioText(managed.p50 / bolt.p50)} RETURN 1`,
      },
      {
        benchmark: "trace",
        case: "floor: { __typename } over HTTP",
        figure: latencyText(http),
        ratio: `${ratioText(http.p50 / bolt.p50)} RETURN 1`,
      },
      {
        benchmark: "trace",
        case: `(a) raw Cypher (${query}.cypher), ${incidents.length} incidents (${approved} approved)`,
        figure: latencyText(a),
        ratio: `${ratioText(a.p50 / bolt.p50)} RETURN 1`,
        target: "p50 ≤ 2× RETURN 1",
        verdict: targets[0]?.verdict,
      },
      {
        benchmark: "trace",
        case: "(b) GraphQL over HTTP",
        figure: latencyText(b),
        ratio:
          `(b)/(a) ${ratioText(b.p50 / a.p50)} p50, ${ratioText(b.p95 / a.p95)} p95; ` +
          `${ratioText(b.p50 / http.p50)} HTTP floor`,
        target: "(b)/(a) ≤ 1.25; p95 ≤ 10 ms at 1M",
        verdict: verdict(true, b.p50 / a.p50 <= 1.25 && (!at1M || b.p95 <= 10)),
      },
      {
        benchmark: "trace",
        case: "(c) PostgreSQL recursive CTE",
        figure: latencyText(c),
        ratio: `(a)/(c) ${ratioText(a.p50 / c.p50)} p50, ${ratioText(a.p95 / c.p95)} p95`,
        target: "(a)/(c) ≤ 1.5",
        verdict: targets[3]?.verdict,
      },
      {
        benchmark: "trace",
        case: "(d) raw Cypher over APOC (trace.cypher: a Neo4j without the explorer's procedures)",
        figure: latencyText(d),
        ratio: `${ratioText(d.p50 / bolt.p50)} RETURN 1; (d)/(a) ${ratioText(d.p50 / a.p50)} p50`,
      },
      {
        benchmark: "trace",
        case: "answers (a)=(b)=(c)=(d)",
        figure: `${agreement} (${incidents.length} sampled incidents + ${broken.length} with a broken chain)`,
      },
    ],
    data: {
      samples,
      incidents,
      broken,
      raw: a,
      graphql: b,
      postgres: c,
      apoc: d,
      query,
      floors: { bolt, http },
      alternatives,
      disagreements,
    },
    targets,
  };
}
