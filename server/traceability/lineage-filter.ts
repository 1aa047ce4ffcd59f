import { LINEAGE_TYPE_NAMES } from "../model/index.ts";

/** Which way a traversal follows lineage links (they point the way impact flows). */
export type TraversalDirection = "UPSTREAM" | "DOWNSTREAM" | "BOTH";

/**
 * APOC relationship filter over every lineage relationship type of the meta-model, in one direction:
 * `GOVERNS>|SOURCES>|…` downstream, `<GOVERNS|<SOURCES|…` upstream, `GOVERNS|…` both. Accountability types
 * (OWNS, APPROVED, ASSIGNED_TO) are never in it, so traversals never pass through a Party.
 */
export function lineageRelationshipFilter(direction: TraversalDirection): string {
  return LINEAGE_TYPE_NAMES.map((type) =>
    direction === "DOWNSTREAM" ? `${type}>` : direction === "UPSTREAM" ? `<${type}` : type,
  ).join("|");
}

/** Every lineage relationship type name, for `type(r) IN $lineageTypes` checks. */
export const LINEAGE_TYPES: readonly string[] = LINEAGE_TYPE_NAMES;
