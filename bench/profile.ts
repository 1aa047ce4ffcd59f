/**
 * profile: PROFILE of every named query of cypher/queries/ on the loaded estate, with the parameters the
 * server's resolvers pass: total db hits, rows, the operator the plan starts from, and whether that is an
 * index seek (unique/range index, or the full-text index procedure). Db hits inside APOC procedures (the
 * path expanders) are not counted by Neo4j's profiler: those rows show only the Cypher around them.
 */
import type { Driver } from "neo4j-driver";
import { loadCypher } from "../server/db/index.ts";
import { COUNTED_TYPE_NAMES, DATA_OBJECT_TYPE_NAMES, LINEAGE_TYPE_NAMES } from "../server/model/index.ts";
import { LIMITS, toParams } from "../server/traceability/index.ts";
import {
  LINEAGE_LABEL_FILTER,
  lineageRelationshipFilter,
  provenanceRelationshipFilter,
} from "../server/traceability/index.ts";
import { openWorkParams } from "../server/traceability/index.ts";
import { searchQuery } from "../server/traceability/index.ts";
import type { BenchContext } from "./context.ts";
import type { BenchResult, Row } from "./result.ts";
import { sampleIds } from "./sample.ts";
import { count } from "./stats.ts";
import { rawTrace, traceParams } from "./trace.ts";

interface Plan {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments: Record<string, unknown>;
  children: Plan[];
}

export interface QueryProfile {
  query: string;
  dbHits: number;
  rows: number;
  start: string;
  indexSeek: boolean;
  operators: string[];
  /** Set when the query failed (e.g. over the transaction memory limit). */
  error?: string;
}

/** Whole-estate answers (served from the estate snapshot): they read every object by design. */
const SWEEPS = new Set(["coverage-sweep", "type-counts"]);

const operator = (p: Plan) => p.operatorType.replace(/@.*$/, "");
const flatten = (p: Plan): Plan[] => [p, ...p.children.flatMap(flatten)];

/** The leaf the plan is driven from: follow the left-most child down. */
function startOf(plan: Plan): Plan {
  let p = plan;
  while (p.children[0]) p = p.children[0];
  return p;
}

async function profile(driver: Driver, name: string, params: Record<string, unknown>): Promise<QueryProfile> {
  const session = driver.session({ defaultAccessMode: "READ" });
  try {
    const result = await session.run(`PROFILE ${loadCypher(`queries/${name}.cypher`)}`, toParams(params));
    const plan = result.summary.profile as unknown as Plan;
    const all = flatten(plan);
    const procedure = all.find((p) => operator(p) === "ProcedureCall");
    const called = /(db\.index\.fulltext\.\w+|apoc\.[\w.]+)/.exec(
      JSON.stringify(procedure?.arguments ?? {}),
    )?.[1];
    const scan = all.find((p) => /Scan$/.test(operator(p)));
    const seek = all.find((p) => /IndexSeek/.test(operator(p)));
    const start = operator(startOf(plan));
    const fulltext = called?.startsWith("db.index.fulltext") ?? false;
    return {
      query: name,
      dbHits: all.reduce((s, p) => s + p.dbHits, 0),
      rows: plan.rows,
      start: fulltext
        ? `${called} (full-text index)`
        : seek && !scan
          ? start === operator(seek)
            ? start
            : `${start} -> ${operator(seek)}`
          : scan
            ? operator(scan)
            : called
              ? `${called} (no index)`
              : start,
      indexSeek: fulltext || (seek !== undefined && scan === undefined),
      operators: [...new Set(all.map(operator))],
    };
  } finally {
    await session.close();
  }
}

export async function profileBench(ctx: BenchContext): Promise<BenchResult> {
  const { driver } = await ctx.neo4j();
  const [incident] = await sampleIds(driver, "incident-ids", 1, ctx.options.seed);
  const [decision] = await sampleIds(driver, "approved-decision-ids", 1, ctx.options.seed);
  const open = openWorkParams();
  const down = lineageRelationshipFilter("DOWNSTREAM");
  const labelFilter = LINEAGE_LABEL_FILTER;
  const traced = await rawTrace(driver, "trace", "trace").run(incident as string);
  const origin = Object.keys(traced.paths)[0] ?? decision;
  const cases: [string, Record<string, unknown>][] = [
    ["trace", traceParams(incident as string)],
    [
      "lineage",
      {
        id: decision,
        relationshipFilter: lineageRelationshipFilter("BOTH"),
        labelFilter,
        maxDepth: 3,
        types: null,
        limit: 499,
        scan: LIMITS.scan,
        properties: true,
      },
    ],
    [
      "impact",
      {
        id: decision,
        maxDepth: 10,
        limit: 5000,
        scan: LIMITS.scan,
        relationshipFilter: down,
        labelFilter,
        properties: true,
        ...open,
      },
    ],
    ["search", { query: searchQuery(incident as string), text: incident, types: null, limit: 12, scan: 24 }],
    [
      "coverage-sweep",
      {
        relationshipFilter: provenanceRelationshipFilter("DOWNSTREAM"),
        maxDepth: LIMITS.coverageDepth,
        types: COUNTED_TYPE_NAMES,
      },
    ],
    // As an auditor asks it (nothing hidden), as the other rows here.
    ["type-counts", { types: DATA_OBJECT_TYPE_NAMES, hiddenRelationships: [] }],
    ["nodes-by-id", { ids: [incident, decision] }],
    [
      "details",
      {
        id: decision,
        accountability: true,
        lineageTypes: LINEAGE_TYPE_NAMES,
        limit: LIMITS.detailsLinks,
        ...open,
      },
    ],
    // whyHere's walk, and the path field's one query (both existence checks and both walks).
    ["path", { from: origin, to: incident, relationshipFilter: down, labelFilter, maxDepth: 25 }],
    ["path-either-way", { from: origin, to: incident, relationshipFilter: down, labelFilter, maxDepth: 25 }],
    ["target", { id: incident }],
    ["latest-p1-incident", {}],
  ];
  const profiles: QueryProfile[] = [];
  for (const [name, params] of cases) {
    profiles.push(
      await profile(driver, name, params).catch((error: unknown) => ({
        query: name,
        dbHits: 0,
        rows: 0,
        start: "",
        indexSeek: false,
        operators: [],
        error: error instanceof Error ? error.message : String(error),
      })),
    );
  }
  const rows: Row[] = profiles.map((p) => ({
    benchmark: "profile",
    case: `${p.query}.cypher`,
    figure: p.error
      ? `FAILED: ${p.error}`
      : `${count(p.dbHits)} db hits · ${count(p.rows)} rows · starts at ${p.start}`,
    ...(SWEEPS.has(p.query)
      ? {
          target: "whole-estate answer: scans by design, once per change of the estate",
          verdict: "n/a" as const,
        }
      : {
          target: "starts from an index seek",
          verdict: p.indexSeek ? ("met" as const) : ("missed" as const),
        }),
  }));
  return { name: "profile", rows, data: { incident, decision, origin, profiles } };
}
