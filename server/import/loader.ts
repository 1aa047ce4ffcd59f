import type { Driver } from "neo4j-driver";
import { loadCypher } from "../db/index.ts";
import { fromDriverError } from "../errors/index.ts";
import type { DocumentNode, DocumentRelationship, GraphDocument } from "./document.ts";
import { linkRow, nodeRow } from "./rows.ts";
import { nodeStatement, relationshipStatement } from "./typed-cypher.ts";
import type { WriteMode } from "./typed-cypher.ts";

/** Progress of a load, reported after every batch. */
export interface LoadProgress {
  phase: "nodes" | "relationships";
  done: number;
  total: number;
  elapsedSeconds: number;
}

export interface LoadOptions {
  database?: string;
  /** Rows per transaction (default DEFAULT_BATCH_SIZE). */
  batchSize?: number;
  /** CREATE or MERGE; by default CREATE when the database holds no data object or party, MERGE otherwise. */
  mode?: WriteMode;
  onProgress?: (progress: LoadProgress) => void;
}

export interface LoadSummary {
  nodes: number;
  relationships: number;
  seconds: number;
  /** Nodes plus relationships written per second. */
  perSecond: number;
  mode: WriteMode;
}

/** Rows per transaction: 10,000 measured best of 2,000 / 5,000 / 10,000 / 20,000 (README, "Benchmarks"). */
export const DEFAULT_BATCH_SIZE = 10_000;

/**
 * Writes a validated document: nodes first, grouped by type, then relationships, grouped by type, in UNWIND
 * batches of `batchSize`, one transaction per batch, the next batch encoded while the previous one is in
 * flight. Into a database that holds no estate yet it CREATEs; otherwise every statement MERGEs on id (and on
 * the relationship between two ids), so a re-run or a run resumed after a crash completes the data without
 * duplicating it (a crashed CREATE load leaves a non-empty database, so its re-run merges).
 */
export async function loadEstate(
  driver: Driver,
  options: LoadOptions & { estate: GraphDocument },
): Promise<LoadSummary> {
  const started = performance.now();
  const mode = options.mode ?? (await writeModeFor(driver, options.database));
  const writer = new BatchWriter(driver, { ...options, mode });
  const elapsed = () => (performance.now() - started) / 1000;
  let done = 0;
  const nodeTotal = options.estate.nodes.length;
  const relTotal = options.estate.relationships.length;
  const committed = (phase: LoadProgress["phase"], total: number, count: number) => () => {
    done += count;
    options.onProgress?.({ phase, done, total, elapsedSeconds: elapsed() });
  };
  for (const [type, nodes] of groupBy(options.estate.nodes, (n) => n.type)) {
    for (const batch of chunks(nodes, writer.batchSize)) {
      await writer.writeNodes(type, batch, committed("nodes", nodeTotal, batch.length));
    }
  }
  await writer.flush();
  done = 0;
  for (const [type, rels] of groupBy(options.estate.relationships, (r) => r.type)) {
    for (const batch of chunks(rels, writer.batchSize)) {
      await writer.writeRelationships(type, batch, committed("relationships", relTotal, batch.length));
    }
  }
  await writer.flush();
  const seconds = elapsed();
  return {
    nodes: nodeTotal,
    relationships: relTotal,
    seconds,
    perSecond: seconds > 0 ? (nodeTotal + relTotal) / seconds : 0,
    mode,
  };
}

/** CREATE when the database holds no data object and no party, MERGE otherwise. */
export async function writeModeFor(driver: Driver, database?: string): Promise<WriteMode> {
  return (await holdsEstate(driver, database)) ? "merge" : "create";
}

/** True when the database holds at least one data object or party. */
export async function holdsEstate(driver: Driver, database?: string): Promise<boolean> {
  try {
    const { records } = await driver.executeQuery(
      loadCypher("seed/holds-estate.cypher"),
      {},
      { ...(database ? { database } : {}), routing: "READ" },
    );
    return records[0]?.get("holds") === true;
  } catch (error) {
    throw fromDriverError(error);
  }
}

/**
 * Writes batches of one type, each in its own write transaction (retried by the driver when transient). At
 * most one batch is in flight: `writeNodes`/`writeRelationships` encode their rows, wait for the previous
 * batch, send theirs and return; `flush()` waits for the last. Batches are therefore committed in the order
 * given (nodes before the relationships that need them). In create mode a repeated (type, from, to) is
 * dropped, as MERGE would have merged it.
 */
export class BatchWriter {
  readonly batchSize: number;
  readonly mode: WriteMode;
  private inFlight: Promise<void> = Promise.resolve();
  private readonly seenLinks = new Set<string>();

  constructor(
    private readonly driver: Driver,
    private readonly options: LoadOptions,
  ) {
    this.batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH_SIZE));
    this.mode = options.mode ?? "merge";
  }

  /** Encodes `nodes`, waits for the batch in flight, sends them; `onCommit` runs once they are committed. */
  writeNodes(type: string, nodes: readonly DocumentNode[], onCommit?: () => void): Promise<void> {
    return this.send(nodeStatement(this.mode, type), nodes.map(nodeRow), onCommit);
  }

  writeRelationships(
    type: string,
    rels: readonly DocumentRelationship[],
    onCommit?: () => void,
  ): Promise<void> {
    const fresh = this.mode === "create" ? rels.filter((r) => this.firstTime(r)) : rels;
    return this.send(relationshipStatement(this.mode, type), fresh.map(linkRow), onCommit);
  }

  /** Resolves when every batch given so far is committed (rejects with the first failure). */
  flush(): Promise<void> {
    return this.inFlight;
  }

  private firstTime(rel: DocumentRelationship): boolean {
    const key = `${rel.type}\u0000${rel.from}\u0000${rel.to}`;
    if (this.seenLinks.has(key)) return false;
    this.seenLinks.add(key);
    return true;
  }

  private async send(cypher: string, rows: readonly unknown[], onCommit?: () => void): Promise<void> {
    await this.inFlight;
    if (rows.length === 0) {
      onCommit?.();
      return;
    }
    // onCommit runs before the next batch starts (it chains on this one), so a progress callback sees
    // exactly the batches committed so far.
    const write = this.write(cypher, rows).then(onCommit);
    // Kept for the next call or flush(), which surface a failure; the no-op handler only stops Node from
    // reporting it as unhandled while the next batch is being encoded.
    write.catch(() => undefined);
    this.inFlight = write;
  }

  private async write(cypher: string, rows: readonly unknown[]): Promise<void> {
    const session = this.driver.session({
      ...(this.options.database ? { database: this.options.database } : {}),
      defaultAccessMode: "WRITE",
    });
    try {
      await session.executeWrite((tx) => tx.run(cypher, { rows }));
    } catch (error) {
      throw fromDriverError(error);
    } finally {
      await session.close();
    }
  }
}

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
