import { readFileSync } from "node:fs";
import { isDataObjectType, isRelationshipType } from "../server/model/index.ts";

const cache = new Map<string, string>();

/** Reads a Cypher file of cypher/seed/ (cached). */
export function seedCypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(new URL(`../cypher/seed/${name}.cypher`, import.meta.url), "utf8");
    cache.set(name, text);
  }
  return text;
}

/**
 * A merge statement with its label or relationship type filled in. The name must be a type of the
 * meta-model (labels and relationship types cannot be query parameters), so input never reaches the text.
 */
export function mergeCypher(file: "merge-nodes" | "merge-links" | "merge-party-links", type: string): string {
  const known = file === "merge-nodes" ? isDataObjectType(type) : isRelationshipType(type);
  if (!known) throw new Error(`cannot happen: ${type} is not a type of the meta-model`);
  return seedCypher(file).replaceAll("__TYPE__", `\`${type}\``);
}
