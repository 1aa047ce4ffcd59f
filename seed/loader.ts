import type { Driver } from "neo4j-driver";
import { ACCOUNTABILITY_TYPES, PARTY_TYPE } from "../server/model/index.ts";
import { fromDriverError } from "../server/errors/index.ts";
import { mergeCypher, seedCypher } from "./cypher-text.ts";
import type { DocumentNode, DocumentRelationship, GraphDocument } from "./document.ts";
import { linkRow, nodeRow } from "./rows.ts";

/** Progress of a load, reported after every batch. */
export interface LoadProgress {
  phase: "nodes" | "relationships";
  done: number;
  total: number;
  elapsedSeconds: number;
}

export interface LoadOptions {
  database?: string;
  /** Rows per transaction (default 5,000). */
  batchSize?: number;
  onProgress?: (progress: LoadProgress) => void;
}

export interface LoadSummary {
  nodes: number;
  relationships: number;
  seconds: number;
  /** Nodes plus relationships written per second. */
  perSecond: number;
}

export const DEFAULT_BATCH_SIZE = 5000;

/**
 * Writes a validated document: nodes first, grouped by type, then relationships, grouped by type, in UNWIND
 * batches of `batchSize`, one transaction per batch. Every statement MERGEs on id (and on the relationship
 * between two ids), so a re-run or a run resumed after a crash completes the data without duplicating it.
 */
export async function loadEstate(
  driver: Driver,
  options: LoadOptions & { estate: GraphDocument },
): Promise<LoadSummary> {
  const started = performance.now();
  const writer = new BatchWriter(driver, options);
  const elapsed = () => (performance.now() - started) / 1000;
  let done = 0;
  const nodeTotal = options.estate.nodes.length;
  for (const [type, nodes] of groupBy(options.estate.nodes, (n) => n.type)) {
    for (const batch of chunks(nodes, writer.batchSize)) {
      await writer.writeNodes(type, batch);
      done += batch.length;
      options.onProgress?.({ phase: "nodes", done, total: nodeTotal, elapsedSeconds: elapsed() });
    }
  }
  done = 0;
  const relTotal = options.estate.relationships.length;
  for (const [type, rels] of groupBy(options.estate.relationships, (r) => r.type)) {
    for (const batch of chunks(rels, writer.batchSize)) {
      await writer.writeRelationships(type, batch);
      done += batch.length;
      options.onProgress?.({ phase: "relationships", done, total: relTotal, elapsedSeconds: elapsed() });
    }
  }
  const seconds = elapsed();
  return {
    nodes: nodeTotal,
    relationships: relTotal,
    seconds,
    perSecond: seconds > 0 ? (nodeTotal + relTotal) / seconds : 0,
  };
}

/** Writes batches of one type, each in its own write transaction (retried by the driver when transient). */
export class BatchWriter {
  readonly batchSize: number;
  constructor(
    private readonly driver: Driver,
    private readonly options: LoadOptions,
  ) {
    this.batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH_SIZE));
  }

  async writeNodes(type: string, nodes: readonly DocumentNode[]): Promise<void> {
    const cypher = type === PARTY_TYPE.name ? seedCypher("merge-parties") : mergeCypher("merge-nodes", type);
    await this.write(cypher, nodes.map(nodeRow));
  }

  /** Accountability links (OWNS, APPROVED, ASSIGNED_TO) always start at a Party. */
  async writeRelationships(type: string, rels: readonly DocumentRelationship[]): Promise<void> {
    const accountability = (ACCOUNTABILITY_TYPES as readonly string[]).includes(type);
    const cypher = mergeCypher(accountability ? "merge-party-links" : "merge-links", type);
    await this.write(cypher, rels.map(linkRow));
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
