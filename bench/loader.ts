/**
 * loader: the two ways an estate gets into Neo4j, each against its target at 1M objects.
 * - online: the project's loader (server/import/loader.ts: CREATE into the emptied database, one batch in
 *   flight while the next is encoded) beside a raw UNWIND ... CREATE baseline written here (same rows, same
 *   batches, same driver, same constraints, one batch at a time). Order: an untimed warm-up of both on a tenth
 *   of the estate, reset, the baseline, reset, then the loader. BENCH_LOADER_BATCH_SIZES=2000,5000,… adds a
 *   sweep of the loader's batch size on a tenth of the estate (how DEFAULT_BATCH_SIZE was chosen).
 * - offline: the initial load of `seed --reset` (seed/offline: CSV for Neo4j's import tool, the tool, then
 *   start and migrate) into the same data directory with the bench Neo4j stopped; its result stays as the
 *   run's estate (the marker is written).
 * Rates are nodes+relationships per second; the offline rate counts CSV writing and the tool, and the row
 * also shows start + migrations apart.
 */
import type { Driver } from "neo4j-driver";
import { DEFAULT_BATCH_SIZE, chunks, groupBy, linkRow, loadEstate, nodeRow } from "../server/import/index.ts";
import type { DocumentNode, DocumentRelationship, GraphDocument } from "../server/import/index.ts";
import {
  ACCOUNTABILITY_TYPES,
  PARTY_TYPE,
  isDataObjectType,
  isRelationshipType,
} from "../server/model/index.ts";
import type { OfflineLoadSummary } from "../seed/offline/offline-load.ts";
import { progressReporter } from "../seed/progress.ts";
import { resetEstate } from "../seed/reset.ts";
import type { BenchContext } from "./context.ts";
import { countObjects, estateDocument, markLoaded } from "./estate.ts";
import { loadEstateOffline } from "./offline-estate.ts";
import { verdict } from "./result.ts";
import type { BenchResult, Row } from "./result.ts";
import { count, ratioText } from "./stats.ts";
import { benchCypher } from "./text-file.ts";

const ONLINE_TARGET = 25_000;
const OFFLINE_TARGET = 100_000;
const TARGET_SCALE = 1_000_000;

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

/** The baseline: plain CREATE, one batch at a time, otherwise what the loader does. Returns seconds. */
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

/** A tenth of the estate: its first nodes and the relationships among them. */
function tenth(estate: GraphDocument): GraphDocument {
  const nodes = estate.nodes.slice(0, Math.ceil(estate.nodes.length / 10));
  const ids = new Set(nodes.map((n) => n.id));
  return { nodes, relationships: estate.relationships.filter((r) => ids.has(r.from) && ids.has(r.to)) };
}

function sweepSizes(): number[] {
  const raw = process.env.BENCH_LOADER_BATCH_SIZES;
  if (!raw) return [];
  return raw.split(",").map((s) => {
    const n = Number(s.trim());
    if (!Number.isInteger(n) || n < 1)
      throw new Error(`BENCH_LOADER_BATCH_SIZES: "${s}" is not a batch size.`);
    return n;
  });
}

async function onlineRows(ctx: BenchContext, estate: GraphDocument): Promise<{ rows: Row[]; data: unknown }> {
  const objects = estate.nodes.length + estate.relationships.length;
  const neo = await ctx.emptyNeo4j();
  process.stderr.write("loader: warm-up (a tenth of the estate, both ways, untimed)…\n");
  const slice = tenth(estate);
  await rawLoad(neo.driver, slice.nodes, slice.relationships);
  await resetEstate(neo.driver);
  await loadEstate(neo.driver, { estate: slice });
  await resetEstate(neo.driver);
  const rows: Row[] = [];
  const sweep: Record<number, number> = {};
  for (const batchSize of sweepSizes()) {
    const s = await loadEstate(neo.driver, { estate: slice, batchSize });
    sweep[batchSize] = s.perSecond;
    rows.push({
      benchmark: "loader",
      case: `online loader on a tenth, batch size ${count(batchSize)}`,
      figure: `${count(s.perSecond)} /s (${s.seconds.toFixed(1)} s)`,
    });
    await resetEstate(neo.driver);
  }
  process.stderr.write(`loader: raw UNWIND baseline, ${count(objects)} nodes+relationships…\n`);
  const rawSeconds = await rawLoad(neo.driver, estate.nodes, estate.relationships);
  const rawCounts = await countObjects(neo.driver);
  await resetEstate(neo.driver);
  process.stderr.write("loader: the online loader…\n");
  const summary = await loadEstate(neo.driver, { estate, onProgress: progressReporter() });
  await markLoaded(neo.driver, ctx.estate, summary);
  const rawRate = objects / rawSeconds;
  rows.unshift(
    {
      benchmark: "loader",
      case: `online loader (${summary.mode.toUpperCase()}, batch ${count(DEFAULT_BATCH_SIZE)}), ${count(summary.nodes)} nodes + ${count(summary.relationships)} rels`,
      figure: `${count(summary.perSecond)} /s (${summary.seconds.toFixed(1)} s)`,
      ratio: `loader/raw ${ratioText(summary.perSecond / rawRate)}`,
      target: `≥ ${count(ONLINE_TARGET)} /s at 1M`,
      verdict: verdict(ctx.options.scale >= TARGET_SCALE, summary.perSecond >= ONLINE_TARGET),
    },
    {
      benchmark: "loader",
      case: "raw UNWIND CREATE baseline, one batch at a time",
      figure: `${count(rawRate)} /s (${rawSeconds.toFixed(1)} s)`,
      ratio: "1.00×",
    },
  );
  return {
    rows,
    data: {
      objects,
      loader: summary,
      raw: { seconds: rawSeconds, perSecond: rawRate, counts: rawCounts },
      sweep,
    },
  };
}

async function offlineRows(
  ctx: BenchContext,
  estate: GraphDocument,
): Promise<{ rows: Row[]; data: unknown }> {
  await ctx.stopNeo4j();
  process.stderr.write("loader: the offline path (CSV, import tool, start, migrate)…\n");
  const summary = await loadEstateOffline(ctx.estate, estate, ctx.options.scale);
  const total = summary.csvSeconds + summary.importSeconds;
  return {
    rows: [
      {
        benchmark: "loader",
        case: `offline import tool (seed --reset), ${count(summary.nodes)} nodes + ${count(summary.relationships)} rels`,
        figure:
          `${count(summary.perSecond)} /s (${total.toFixed(1)} s: CSV ${summary.csvSeconds.toFixed(1)} s, ` +
          `tool ${summary.importSeconds.toFixed(1)} s; then start + migrations ${summary.startSeconds.toFixed(1)} s)`,
        target: `≥ ${count(OFFLINE_TARGET)} /s at 1M`,
        verdict: verdict(ctx.options.scale >= TARGET_SCALE, summary.perSecond >= OFFLINE_TARGET),
      },
    ],
    data: summary,
  };
}

export async function loaderBench(ctx: BenchContext): Promise<BenchResult> {
  const estate = estateDocument(ctx.estate);
  const online = await onlineRows(ctx, estate);
  const offline = await offlineRows(ctx, estate);
  const onlineRate = (online.data as { loader: { perSecond: number } }).loader.perSecond;
  const offlineRow = offline.rows[0] as Row;
  offlineRow.ratio = `offline/online ${ratioText((offline.data as OfflineLoadSummary).perSecond / onlineRate)}`;
  return {
    name: "loader",
    rows: [...offline.rows, ...online.rows],
    data: { online: online.data, offline: offline.data },
  };
}
