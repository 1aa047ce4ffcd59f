import type { GraphDocument, ImportProblem } from "../document.ts";
import { nodeLocation, relationshipLocation } from "../document.ts";
import type { IdTypes, NodeRule, RelationshipRule } from "./rule.ts";
import { problem } from "./rule.ts";
import { attributes } from "./rules/attributes.ts";
import { knownType } from "./rules/known-type.ts";
import { linkProperties } from "./rules/link-properties.ts";
import { nodeShape } from "./rules/node-shape.ts";
import { relationshipAllowed } from "./rules/relationship-allowed.ts";
import { relationshipShape } from "./rules/relationship-shape.ts";
import { status } from "./rules/status.ts";

export const NODE_RULES: readonly NodeRule[] = [nodeShape, knownType, attributes, status];
export const RELATIONSHIP_RULES: readonly RelationshipRule[] = [
  relationshipShape,
  relationshipAllowed,
  linkProperties,
];

/**
 * Validates a whole document against the meta-model and returns every problem with its location (none when
 * the document may be written). `existing` gives the type of ids already in the database, for relationships
 * whose ends are not in the document and for ids the document would give another type.
 */
export function validateDocument(
  document: GraphDocument,
  existing: ReadonlyMap<string, string> = new Map(),
): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const types = new Map<string, { type: string; location: string }>();
  document.nodes.forEach((node, i) => {
    const location = nodeLocation(node, i);
    for (const rule of NODE_RULES) problems.push(...rule(node, location));
    if (typeof node.id !== "string") return;
    const seen = types.get(node.id);
    if (seen) {
      problems.push(
        problem(
          `${location}/id`,
          "id",
          "DUPLICATE_ID",
          seen.type === node.type
            ? `"${node.id}" already appears at ${seen.location}; each id once per document.`
            : `"${node.id}" already appears at ${seen.location} as ${seen.type}, here as ${node.type}; ids are unique across all types.`,
        ),
      );
      return;
    }
    types.set(node.id, { type: node.type, location });
    const stored = existing.get(node.id);
    if (stored !== undefined && stored !== node.type) {
      problems.push(
        problem(
          `${location}/type`,
          "type",
          "DUPLICATE_ID",
          `"${node.id}" is already in the database as ${stored}; it cannot become ${node.type}.`,
        ),
      );
    }
  });
  const ids: IdTypes = { typeOf: (id) => types.get(id)?.type ?? existing.get(id) };
  document.relationships.forEach((rel, i) => {
    const location = relationshipLocation(rel, i);
    for (const rule of RELATIONSHIP_RULES) problems.push(...rule(rel, location, ids));
  });
  return problems;
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
