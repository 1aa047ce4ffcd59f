import { DATA_OBJECT_TYPE_NAMES, isDataObjectType } from "../model/index.ts";
import { badInput, checkRange } from "../errors/index.ts";

/** Bounds of the traceability fields' arguments: every traversal is bounded in depth and size. */
export const LIMITS = {
  searchLimit: { min: 1, max: 100 },
  lineageDepth: { min: 1, max: 10 },
  lineageLimit: { min: 1, max: 5000 },
  traceDepth: { min: 1, max: 50 },
  impactDepth: { min: 1, max: 25 },
  impactLimit: { min: 1, max: 20000 },
  pathDepth: { min: 1, max: 50 },
  brokenChainsLimit: { min: 1, max: 1000 },
  /** Nodes a lineage or impact sweep visits at most before it reports truncated. */
  scan: 200_000,
  /** Equally short trace paths returned at most. */
  tracePaths: 10,
  /** Depth of the coverage sweep from approved decisions. */
  coverageDepth: 25,
  /** Links and open work items the details panel lists at most. */
  detailsLinks: 500,
} as const;

export function range(argument: string, value: number, bounds: { min: number; max: number }): number {
  return checkRange(argument, value, bounds.min, bounds.max);
}

/** Validates an IT4IT type name argument against the meta-model. */
export function dataObjectType(argument: string, value: string): string {
  if (isDataObjectType(value)) return value;
  throw badInput(
    argument,
    `"${value}" is not an IT4IT data object type. Valid types: ${DATA_OBJECT_TYPE_NAMES.join(", ")}.`,
  );
}

/** Validates an optional list of type names; null or empty means every type. */
export function dataObjectTypes(
  argument: string,
  values: readonly string[] | null | undefined,
): string[] | null {
  if (!values || values.length === 0) return null;
  return values.map((v) => dataObjectType(argument, v));
}
