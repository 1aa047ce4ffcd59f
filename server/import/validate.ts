import type { GraphDocument, ImportProblem } from "./document.ts";
import { nodeLocation, relationshipLocation } from "./document.ts";
import { DocumentValidator } from "./validator.ts";

/**
 * Validates a whole in-memory document against the meta-model and returns every problem with its location
 * (none when it may be written). `existing` gives the type of ids already in the database.
 */
export function validateDocument(
  document: GraphDocument,
  existing: ReadonlyMap<string, string> = new Map(),
): ImportProblem[] {
  return checkDocument(document, existing).problems;
}

/**
 * Like validateDocument, with the warnings too: relationships under a replaced name are renamed in the
 * document (in place) and each is reported.
 */
export function checkDocument(
  document: GraphDocument,
  existing: ReadonlyMap<string, string> = new Map(),
): { problems: ImportProblem[]; warnings: ImportProblem[] } {
  const validator = new DocumentValidator();
  for (const [id, type] of existing) validator.existing.set(id, type);
  document.nodes.forEach((node, i) => validator.addNode(node, nodeLocation(node, i)));
  document.relationships.forEach((rel, i) => validator.addRelationship(rel, relationshipLocation(rel, i)));
  return { problems: validator.problems, warnings: validator.warnings };
}

/** Every id a document refers to (node ids and relationship ends), for looking them up in the database. */
export function referencedIds(document: GraphDocument): string[] {
  const ids = new Set<string>();
  for (const n of document.nodes) if (typeof n.id === "string") ids.add(n.id);
  for (const r of document.relationships) {
    if (typeof r.from === "string") ids.add(r.from);
    if (typeof r.to === "string") ids.add(r.to);
  }
  return [...ids];
}
