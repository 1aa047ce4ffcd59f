import {
  LINEAGE_TYPE_NAMES,
  PARTY_TYPE,
  PROVENANCE_RELATIONSHIPS,
  isAuthorityReversed,
} from "../model/index.ts";

/** Which way a traversal follows lineage links (they point the way impact flows). */
export type TraversalDirection = "UPSTREAM" | "DOWNSTREAM" | "BOTH";

/**
 * APOC relationship filter for lineage and impact: every link in one direction (`<` incoming, `>` outgoing,
 * empty for both). A type list would make APOC look a node's relationships up once per listed type (60 types:
 * 60 lookups per visited node); by direction it is one. Accountability links are kept out by the label
 * filter below, not by type: they always join a Party, so a walk that never enters a Party never follows one.
 */
export function lineageRelationshipFilter(direction: TraversalDirection): string {
  return direction === "DOWNSTREAM" ? ">" : direction === "UPSTREAM" ? "<" : "";
}

/** APOC label filter of lineage and impact: never enter a Party (accountability is not lineage). */
export const LINEAGE_LABEL_FILTER = `-${PARTY_TYPE.name}`;

/** The label that filter keeps out, as the compiled lineage traversal (it4it.lineage) takes it. */
export const LINEAGE_EXCLUDED_LABEL = PARTY_TYPE.name;

/**
 * APOC relationship filter over the provenance links only, walked the way authority flows reversed
 * (UPSTREAM: from an object towards the decision that authorizes it) or the way it flows (DOWNSTREAM: from a
 * decision to what it authorizes). Most provenance links are walked against their stored direction upstream
 * (`<DELIVERS`); the two whose authority runs against it (PROPOSED_IN, SUPPORTS) with it (`SUPPORTS>`).
 */
export function provenanceRelationshipFilter(direction: "UPSTREAM" | "DOWNSTREAM"): string {
  const types = [...new Set(PROVENANCE_RELATIONSHIPS.map((r) => r.type))].sort();
  return types
    .map((type) => {
      const withStored = isAuthorityReversed(type) === (direction === "UPSTREAM");
      return withStored ? `${type}>` : `<${type}`;
    })
    .join("|");
}

/** Every lineage relationship type name, for `type(r) IN $lineageTypes` checks. */
export const LINEAGE_TYPES: readonly string[] = LINEAGE_TYPE_NAMES;
