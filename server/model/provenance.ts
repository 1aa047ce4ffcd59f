import { DATA_OBJECT_TYPES } from "./data-objects.ts";
import { LINEAGE_RELATIONSHIPS } from "./relationships.ts";
import { RELATIONSHIP_ROLES } from "./roles.ts";
import type { RelationshipDef } from "./types.ts";

/**
 * Provenance: what makes an object traced to a portfolio decision. An object is *traced* when a chain of
 * provenance links (roles.ts) leads from a ScopeAgreement whose decision is APPROVED to it, each link walked
 * the way authority flows. Operational, feedback and reference links never make an object traced.
 */

/** A provenance link seen from the object it authorizes: the parent's type and which end the parent is. */
export interface AuthorityLink {
  readonly relationship: RelationshipDef;
  /** The type whose authority flows into the child. */
  readonly parentType: string;
  /** `from` when the parent is the link's source (most links), `to` when authority runs against it. */
  readonly parentEnd: "from" | "to";
}

export const PROVENANCE_RELATIONSHIPS: readonly RelationshipDef[] = LINEAGE_RELATIONSHIPS.filter(
  (r) => r.role === "provenance",
);

/** True when authority runs against the stored direction of this relationship type (PROPOSED_IN, SUPPORTS). */
export function isAuthorityReversed(type: string): boolean {
  return RELATIONSHIP_ROLES[type]?.authority === "reversed";
}

/** The provenance links through which an object of `type` receives its authority. */
export function authorityLinks(type: string): AuthorityLink[] {
  return PROVENANCE_RELATIONSHIPS.flatMap((r): AuthorityLink[] => {
    const reversed = isAuthorityReversed(r.type);
    const child = reversed ? r.from : r.to;
    if (child !== type) return [];
    return [{ relationship: r, parentType: reversed ? r.to : r.from, parentEnd: reversed ? "to" : "from" }];
  });
}

/**
 * Which types coverage counts. A type is counted when portfolio decisions can authorize its objects (a
 * provenance chain from a ScopeAgreement reaches the type); the others are listed with the reason, and the
 * coverage page says so. A unit test checks that every counted type is reachable over provenance in the model.
 */
// prettier-ignore
export const NOT_COUNTED: Readonly<Record<string, string>> = {
  Policy: "Policies govern decisions; no portfolio decision creates them.",
  EnterpriseArchitecture: "Enterprise architecture describes services; it is not created by a portfolio decision.",
  ITBudgetItem: "Budget items fund decisions; they are planned by investment management, not authorized by a decision.",
  OfferCatalog: "An offer catalog is a container curated by offer management; the offers in it are counted.",
  Defect: "A defect records a fault, not authorized work; its trace still shows the work it was found in.",
  RFC: "A change is authorized by change control (its own approval), not by a portfolio decision.",
  Interaction: "A service desk contact comes from a user, not from a decision.",
  RunBook: "Run books are operational documentation of CIs.",
  KnowledgeItem: "Knowledge comes from operations (feedback), not from a portfolio decision.",
  Conversation: "Conversations come from operations (feedback), not from a portfolio decision.",
};

/** Data object types that coverage counts, in lane order. */
export const COUNTED_TYPE_NAMES: readonly string[] = DATA_OBJECT_TYPES.map((t) => t.name).filter(
  (name) => NOT_COUNTED[name] === undefined,
);

export function isCounted(type: string): boolean {
  return NOT_COUNTED[type] === undefined;
}
