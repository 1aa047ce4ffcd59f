/**
 * loader: the project's loader (seed/loader.ts: MERGE on id, one transaction per batch of 5,000) writing the
 * estate into an empty Neo4j, beside a raw UNWIND ... CREATE baseline written here (same rows, same batches,
 * same driver, same constraints). Order: an untimed warm-up of both on a tenth of the estate, reset, the
 * baseline, reset, then the loader, whose result stays as the run's estate (the marker is written).
 */
import type { Driver } from "neo4j-driver";
import {
  ACCOUNTABILITY_TYPES,
  PARTY_TYPE,
  isDataObjectType,
  isRelationshipType,
} from "../server/model/index.ts";
import { DEFAULT_BATCH_SIZE, loadEstate } from "../seed/index.ts";
import type { DocumentNode, DocumentRelationship } from "../seed/index.ts";
import { chunks, groupBy } from "../seed/loader.ts";
import { progressReporter } from "../seed/progress.ts";
import { resetEstate } from "../seed/reset.ts";
import { linkRow, nodeRow } from "../server/import/index.ts";
import type { BenchContext } from "./context.ts";
import { countObjects, estateDocument, markLoaded } from "./estate.ts";
import { verdict } from "./result.ts";
import type { BenchResult } from "./result.ts";
import { count, ratioText } from "./stats.ts";
import { benchCypher } from "./text-file.ts";

function statement(name: string, type: string, from = "DataObject"): string {
  if (!isDataObjectType(type) && !isRelationshipType(type))
    throw new Error(`cannot happen: ${type} is not a model type`);
  return benchCypher(name).replaceAll("__TYPE__", `\`${type}\``).replaceAll("__FROM__", from);
}

async function write(driver: Driver, cypher: string, rows: unknown[]): Promise<void> {
  const session = driver.session({ defaultAccessMode: "WRITE" });
  try {
    await session.executeWrite((tx) => tx.run(cypher, { rows }));
  } finally {
    await session.close();
  }
}

/** The baseline: CREATE instead of MERGE, otherwise what the loader does. Returns seconds. */
async function rawLoad(driver: Driver, nodes: DocumentNode[], rels: DocumentRelationship[]): Promise<number> {
  const started = performance.now();
  for (const [type, group] of groupBy(nodes, (n) => n.type)) {
    const cypher =
      type === PARTY_TYPE.name ? benchCypher("raw-create-parties") : statement("raw-create-nodes", type);
    for (const batch of chunks(group, DEFAULT_BATCH_SIZE)) await write(driver, cypher, batch.map(nodeRow));
  }
  for (const [type, group] of groupBy(rels, (r) => r.type)) {
    const from = (ACCOUNTABILITY_TYPES as readonly string[]).includes(type) ? "Party" : "DataObject";
    const cypher = statement("raw-create-links", type, from);
    for (const batch of chunks(group, DEFAULT_BATCH_SIZE)) await write(driver, cypher, batch.map(linkRow));
  }
  return (performance.now() - started) / 1000;
}

export async function loaderBench(ctx: BenchContext): Promise<BenchResult> {
  const estate = estateDocument(ctx.estate);
  const objects = estate.nodes.length + estate.relationships.length;
  const neo = await ctx.emptyNeo4j();
  process.stderr.write("loader: warm-up (a tenth of the estate, both ways, untimed)…\n");
  const slice = estate.nodes.slice(0, Math.ceil(estate.nodes.length / 10));
  const ids = new Set(slice.map((n) => n.id));
  const sliceRels = estate.relationships.filter((r) => ids.has(r.from) && ids.has(r.to));
  await rawLoad(neo.driver, slice, sliceRels);
  await resetEstate(neo.driver);
  await loadEstate(neo.driver, { estate: { nodes: slice, relationships: sliceRels } });
  await resetEstate(neo.driver);
  process.stderr.write(`loader: raw UNWIND baseline, ${count(objects)} nodes+relationships…\n`);
  const rawSeconds = await rawLoad(neo.driver, estate.nodes, estate.relationships);
  const rawCounts = await countObjects(neo.driver);
  await resetEstate(neo.driver);
  process.stderr.write("loader: the project's loader…\n");
  const summary = await loadEstate(neo.driver, { estate, onProgress: progressReporter() });
  await markLoaded(neo.driver, ctx.estate, summary);
  const rawRate = objects / rawSeconds;
  return {
    name: "loader",
    rows: [
      {
        benchmark: "loader",
        case: `seed/loader.ts, ${count(summary.nodes)} nodes + ${count(summary.relationships)} rels`,
        figure: `${count(summary.perSecond)} /s (${summary.seconds.toFixed(1)} s)`,
        ratio: `loader/raw ${ratioText(summary.perSecond / rawRate)}`,
        target: "≥ 50,000 /s",
        verdict: verdict(true, summary.perSecond >= 50_000),
      },
      {
        benchmark: "loader",
        case: "raw UNWIND CREATE baseline",
        figure: `${count(rawRate)} /s (${rawSeconds.toFixed(1)} s)`,
        ratio: "1.00×",
      },
    ],
    data: { objects, loader: summary, raw: { seconds: rawSeconds, perSecond: rawRate, counts: rawCounts } },
  };
}
