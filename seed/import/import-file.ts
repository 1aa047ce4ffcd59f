import type { Driver } from "neo4j-driver";
import {
  BatchWriter,
  DocumentValidator,
  existingIdTypes,
  groupBy,
  writeModeFor,
} from "../../server/import/index.ts";
import type {
  DocumentNode,
  DocumentRelationship,
  ImportResult,
  LoadProgress,
} from "../../server/import/index.ts";
import { openDocumentSource } from "./file-source.ts";

const LOOKUP_CHUNK = 10_000;

export interface ImportFileOptions {
  database?: string;
  path: string;
  batchSize?: number;
  onProgress?: (progress: LoadProgress) => void;
}

/**
 * Imports a JSON file or a CSV directory without holding it in memory: a first streamed pass validates every
 * element (looking up ids already in the database chunk by chunk) and keeps only each id's type; when no
 * problem was found, a second pass writes nodes, then relationships, through the batch loader (one
 * transaction per batch; CREATE into a database holding no estate, MERGE on id otherwise: a crashed import
 * leaves whole batches and a re-run completes it).
 */
export async function importFile(driver: Driver, options: ImportFileOptions): Promise<ImportResult> {
  const source = openDocumentSource(options.path);
  const db = options.database ? { database: options.database } : {};
  const validator = new DocumentValidator();

  // Pass 1: validate.
  let nodeTotal = 0;
  for await (const chunk of chunked(source.nodes(validator.problems), LOOKUP_CHUNK)) {
    const ids = chunk.map((c) => c.node.id).filter((id): id is string => typeof id === "string");
    for (const [id, type] of await existingIdTypes(driver, { ...db, ids })) validator.existing.set(id, type);
    for (const { node, location } of chunk) validator.addNode(node, location);
    nodeTotal += chunk.length;
  }
  let relTotal = 0;
  for await (const chunk of chunked(source.relationships(validator.problems), LOOKUP_CHUNK)) {
    const unknown = new Set<string>();
    for (const { rel } of chunk) {
      for (const id of [rel.from, rel.to]) {
        if (typeof id === "string" && !validator.hasId(id) && !validator.existing.has(id)) unknown.add(id);
      }
    }
    if (unknown.size > 0) {
      for (const [id, type] of await existingIdTypes(driver, { ...db, ids: [...unknown] })) {
        validator.existing.set(id, type);
      }
    }
    for (const { rel, location } of chunk) validator.addRelationship(rel, location);
    relTotal += chunk.length;
  }
  if (validator.problems.length > 0) {
    return {
      ok: false,
      nodesWritten: 0,
      relationshipsWritten: 0,
      problems: validator.problems,
      warnings: validator.warnings,
    };
  }

  // Pass 2: write.
  const writer = new BatchWriter(driver, {
    ...db,
    ...(options.batchSize ? { batchSize: options.batchSize } : {}),
    mode: await writeModeFor(driver, options.database),
  });
  const started = performance.now();
  const elapsedSeconds = () => (performance.now() - started) / 1000;
  let done = 0;
  const committed = (phase: LoadProgress["phase"], total: number, count: number) => () => {
    done += count;
    options.onProgress?.({ phase, done, total, elapsedSeconds: elapsedSeconds() });
  };
  for await (const chunk of chunked(source.nodes([]), writer.batchSize)) {
    await writeGrouped(
      chunk.map((c) => c.node),
      (n) => n.type,
      (type, batch) => writer.writeNodes(type, batch, committed("nodes", nodeTotal, batch.length)),
    );
  }
  await writer.flush();
  done = 0;
  for await (const chunk of chunked(source.relationships([]), writer.batchSize)) {
    await writeGrouped(
      chunk.map((c) => ({ ...c.rel, type: validator.currentName(c.rel) })),
      (r) => r.type,
      (type, batch) =>
        writer.writeRelationships(type, batch, committed("relationships", relTotal, batch.length)),
    );
  }
  await writer.flush();
  return {
    ok: true,
    nodesWritten: nodeTotal,
    relationshipsWritten: relTotal,
    problems: [],
    warnings: validator.warnings,
  };
}

async function writeGrouped<T extends DocumentNode | DocumentRelationship>(
  items: T[],
  key: (item: T) => string,
  write: (type: string, batch: T[]) => Promise<void>,
): Promise<void> {
  for (const [type, batch] of groupBy(items, key)) await write(type, batch);
}

async function* chunked<T>(items: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let chunk: T[] = [];
  for await (const item of items) {
    chunk.push(item);
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}
