import type { Driver } from "neo4j-driver";
import type { ImportResult } from "./document.ts";
import { loadEstate } from "./loader.ts";
import type { LoadOptions } from "./loader.ts";
import { existingIdTypes } from "./existing-ids.ts";
import { parseDocument } from "./parse-document.ts";
import { checkDocument, referencedIds } from "./validate.ts";

/**
 * Imports a document (the JSON exchange format): checks its shape, validates every node and relationship
 * against the meta-model and the ids already in the database, and writes it through the batch loader only
 * when no problem was found. On any problem nothing is written and every problem is returned with its
 * location.
 */
export async function importDocument(
  driver: Driver,
  options: {
    database?: string;
    document: unknown;
    batchSize?: number;
    onProgress?: LoadOptions["onProgress"];
  },
): Promise<ImportResult> {
  const { document, problems } = parseDocument(options.document);
  const warnings = [];
  if (problems.length === 0) {
    const existing = await existingIdTypes(driver, { ...db(options), ids: referencedIds(document) });
    const checked = checkDocument(document, existing);
    problems.push(...checked.problems);
    warnings.push(...checked.warnings);
  }
  if (problems.length > 0) return { ok: false, nodesWritten: 0, relationshipsWritten: 0, problems, warnings };
  const summary = await loadEstate(driver, {
    ...db(options),
    estate: document,
    ...(options.batchSize ? { batchSize: options.batchSize } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return {
    ok: true,
    nodesWritten: summary.nodes,
    relationshipsWritten: summary.relationships,
    problems: [],
    warnings,
  };
}

const db = (options: { database?: string }) => (options.database ? { database: options.database } : {});
