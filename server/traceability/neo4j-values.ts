import neo4j from "neo4j-driver";
import { temporalText } from "./temporal-text.ts";

/**
 * Converts a value read from Neo4j into plain JSON: Integers to numbers, temporal values to ISO 8601 strings,
 * lists and maps recursively. Everything the traceability fields return goes through it.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Strings, numbers and booleans (most values) are what they are: no driver type checks for them.
  if (typeof value !== "object") return typeof value === "bigint" ? Number(value) : value;
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  const text = temporalText(value);
  if (text !== undefined) return text;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) out[key] = toPlain(item);
  return out;
}

/** A number from a Neo4j Integer or a plain number. */
export function toNumber(value: unknown): number {
  if (neo4j.isInt(value)) return value.toNumber();
  if (typeof value === "bigint") return Number(value);
  return typeof value === "number" ? value : 0;
}

/**
 * Query parameters for Neo4j: JavaScript integers become Neo4j Integers (the driver would otherwise send
 * them as floats, which LIMIT and APOC's maxLevel refuse); lists and maps are converted recursively.
 */
export function toParams(params: Record<string, unknown>): Record<string, unknown> {
  return toParam(params) as Record<string, unknown>;
}

function toParam(value: unknown): unknown {
  if (typeof value === "number" && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toParam);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toParam(v)]));
  }
  return value;
}
