import neo4j from "neo4j-driver";
import { attributesOf, linkPropertiesOf } from "../model/index.ts";
import type { AttributeDef } from "../model/index.ts";
import type { DocumentNode, DocumentRelationship } from "./document.ts";

/** A node as the merge Cypher takes it: id, the stored properties, and the timestamps kept apart. */
export interface NodeRow {
  id: string;
  props: Record<string, unknown>;
  createdAt: unknown;
  updatedAt: unknown;
}

export interface LinkRow {
  from: string;
  to: string;
  props: Record<string, unknown>;
  createdAt: unknown;
}

const typeCache = new Map<string, Map<string, AttributeDef>>();
/**
 * The attributes of a node type (key: the type) or the properties of a relationship type (key:
 * `link:TYPE`) by name, loaded once per key.
 */
export function definitionsByName(
  key: string,
  load: () => readonly AttributeDef[],
): ReadonlyMap<string, AttributeDef> {
  let defs = typeCache.get(key);
  if (!defs) {
    defs = new Map(load().map((d) => [d.name, d]));
    typeCache.set(key, defs);
  }
  return defs;
}

/** Converts a validated attribute value to what Neo4j stores: Date and DateTime become temporal values. */
export function toStored(def: AttributeDef | undefined, value: unknown): unknown {
  if (value === null || value === undefined || value === "") return null;
  if (def?.type === "DateTime" && typeof value === "string") {
    return neo4j.types.DateTime.fromStandardDate(new Date(value));
  }
  if (def?.type === "Date" && typeof value === "string") {
    const [y, m, d] = value.split("-").map(Number) as [number, number, number];
    return new neo4j.types.Date(y, m, d);
  }
  if (def?.type === "Int" && typeof value === "number") return neo4j.int(value);
  return value;
}

/** The row the merge Cypher writes for one (validated) node. */
export function nodeRow(node: DocumentNode): NodeRow {
  const defs = definitionsByName(node.type, () => attributesOf(node.type));
  const props: Record<string, unknown> = { name: node.name, status: node.status };
  let createdAt: unknown = null;
  let updatedAt: unknown = null;
  for (const [name, value] of Object.entries(node.properties ?? {})) {
    const stored = toStored(defs.get(name), value);
    if (name === "createdAt") createdAt = stored;
    else if (name === "updatedAt") updatedAt = stored;
    else if (stored !== null) props[name] = stored;
  }
  return { id: node.id, props, createdAt, updatedAt };
}

/** The row the merge Cypher writes for one (validated) relationship. */
export function linkRow(rel: DocumentRelationship): LinkRow {
  const defs = definitionsByName(`link:${rel.type}`, () => linkPropertiesOf(rel.type));
  const props: Record<string, unknown> = {};
  let createdAt: unknown = null;
  for (const [name, value] of Object.entries(rel.properties ?? {})) {
    const stored = toStored(defs.get(name), value);
    if (name === "createdAt") createdAt = stored;
    else if (stored !== null) props[name] = stored;
  }
  return { from: rel.from, to: rel.to, props, createdAt };
}
