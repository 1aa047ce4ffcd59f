import { loadCypher } from "../db/index.ts";
import { ACCOUNTABILITY_TYPES, PARTY_TYPE, isDataObjectType, isRelationshipType } from "../model/index.ts";

/** How the loader writes: CREATE into a database that held no estate when the load began, MERGE otherwise. */
export type WriteMode = "create" | "merge";

/**
 * The loader's statement for one batch of nodes of `type`, with the label filled in. The name must be a type
 * of the meta-model (labels cannot be query parameters), so input never reaches the text.
 */
export function nodeStatement(mode: WriteMode, type: string): string {
  if (type === PARTY_TYPE.name) return loadCypher(`seed/${mode}-parties.cypher`);
  if (!isDataObjectType(type)) throw new Error(`cannot happen: ${type} is not a type of the meta-model`);
  return withType(loadCypher(`seed/${mode}-nodes.cypher`), type);
}

/** The statement for one batch of relationships of `type`: accountability links start at a Party. */
export function relationshipStatement(mode: WriteMode, type: string): string {
  if (!isRelationshipType(type)) throw new Error(`cannot happen: ${type} is not a relationship type`);
  const party = (ACCOUNTABILITY_TYPES as readonly string[]).includes(type);
  return withType(loadCypher(`seed/${mode}-${party ? "party-links" : "links"}.cypher`), type);
}

const withType = (cypher: string, type: string): string => cypher.replaceAll("__TYPE__", `\`${type}\``);
