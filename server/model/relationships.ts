import { attr } from "./attributes.ts";
import { RELATIONSHIP_ROLES } from "./roles.ts";
import type { Cardinality, RelationshipDef, RelationshipVerb, StandardBasis } from "./types.ts";

/**
 * Allowed relationships of the IT4IT information model. Every lineage relationship points the way impact
 * flows (origin -> consequence), so downstream = follow outgoing links, upstream = follow incoming links.
 * Each relationship type has exactly one role (roles.ts): provenance links are the chain by which a service
 * comes to exist and reach operations (the audit trace and coverage follow them and nothing else); reference,
 * operational and feedback links are lineage too (lineage and impact follow every link).
 * `ext` rows are product extensions the standard does not state; `inferred` rows are implied by the
 * standard's functional components rather than stated as a data object relationship.
 */
type Row = readonly [
  from: string,
  type: string,
  to: string | readonly string[],
  card: Cardinality,
  note?: string,
  basis?: "ext" | "inferred",
];

// prettier-ignore
const LINEAGE: readonly Row[] = [
  ["Policy", "GOVERNS", "ConceptualService", "n:m", "policy applies to the service"],
  ["Policy", "GOVERNS", ["ScopeAgreement", "ServiceContract"], "n:m", "policy applies to the decision or contract", "ext"],
  ["Policy", "SOURCES", "Requirement", "n:m", "requirement derived from a policy"],
  ["EnterpriseArchitecture", "DESCRIBES", "ConceptualService", "n:m"],
  ["PortfolioBacklogItem", "PROPOSED_IN", "ScopeAgreement", "n:m", "demand grouped into a proposal/decision"],
  ["PortfolioBacklogItem", "TARGETS", "ConceptualService", "n:1", "demand for that service"],
  ["PortfolioBacklogItem", "REFINED_INTO", "Requirement", "1:n"],
  ["ITBudgetItem", "FUNDS", "ScopeAgreement", "1:n"],
  ["ITBudgetItem", "FUNDS", "ConceptualService", "n:1", "2.1: one budget item budgets one conceptual service"],
  ["ScopeAgreement", "AUTHORIZES", "ITInitiative", "1:n", "the decision starts the work"],
  ["ConceptualService", "REALIZED_BY", "LogicalService", "1:n", "backbone: conceptual -> logical"],
  ["ConceptualService", "HAS_BLUEPRINT", "ConceptualServiceBlueprint", "1:n"],
  ["ConceptualServiceBlueprint", "REFINED_BY", "LogicalServiceBlueprint", "1:n"],
  ["LogicalService", "HAS_BLUEPRINT", "LogicalServiceBlueprint", "1:n"],
  ["LogicalService", "RELEASED_AS", "ServiceRelease", "1:n", "backbone"],
  ["LogicalServiceBlueprint", "RELEASED_AS", "ServiceRelease", "1:n", "2.1 Release Composition: the release composes the design"],
  ["LogicalServiceBlueprint", "REQUIRES", "Requirement", "n:m", "2.1 Requirement: the design states requirements"],
  ["Requirement", "SPECIFIES", "LogicalService", "n:m"],
  ["Requirement", "FULFILLED_BY", "ServiceRelease", "n:m"],
  ["Requirement", "VERIFIED_BY", "TestCase", "1:n"],
  ["Requirement", "IMPLEMENTED_BY", "Source", "n:m"],
  ["ITInitiative", "DELIVERS", "ServiceRelease", "1:n"],
  ["ITInitiative", "REQUESTS_CHANGE", "RFC", "1:n"],
  ["Source", "BUILT_AS", "Build", "1:n"],
  ["Build", "TESTED_BY", "TestCase", "n:m"],
  ["Build", "PACKAGED_IN", "BuildPackage", "n:1"],
  ["BuildPackage", "DEPLOYED_BY", "ServiceReleaseBlueprint", "n:m"],
  ["ServiceRelease", "HAS_BLUEPRINT", "ServiceReleaseBlueprint", "1:n", "backbone; one per environment"],
  ["ServiceRelease", "VALIDATED_BY", "TestCase", "1:n"],
  ["ServiceRelease", "DEPLOYED_VIA", "RFC", "1:n", "release goes live through a change (duplicates blueprint -> fulfillment request -> RFC)", "ext"],
  ["TestCase", "FOUND", "Defect", "1:n"],
  ["ServiceReleaseBlueprint", "HAS_KNOWN", "Defect", "n:m", "shipped known defects"],
  ["ServiceReleaseBlueprint", "TEMPLATES", "ServiceContract", "n:m"],
  ["ServiceReleaseBlueprint", "PUBLISHED_AS", "ServiceCatalogEntry", "1:n", "backbone"],
  ["ServiceReleaseBlueprint", "INSTANTIATED_AS", "DesiredService", "1:n", "backbone"],
  ["ServiceReleaseBlueprint", "USED_BY", "FulfillmentRequest", "1:n"],
  ["ServiceCatalogEntry", "OFFERED_AS", "Offer", "1:n"],
  ["OfferCatalog", "LISTS", "Offer", "n:m"],
  ["Offer", "ADDED_TO", "ShoppingCart", "n:m", "", "inferred"],
  ["ShoppingCart", "SUBMITTED_AS", "ServiceRequest", "1:n", "", "inferred"],
  ["Offer", "REQUESTED_IN", "ServiceRequest", "1:n", "direct, when no cart is kept", "inferred"],
  ["Offer", "SUBSCRIBED_AS", "Subscription", "1:n", "3.0: a subscription is to one offer"],
  ["ServiceRequest", "CREATES", "Subscription", "1:n"],
  ["ServiceRequest", "DECOMPOSED_INTO", "FulfillmentRequest", "1:n", "request rationalization splits a request into fulfillment requests"],
  ["Subscription", "INSTANTIATES", "ServiceContract", "1:1"],
  ["Subscription", "REALIZED_AS", "DesiredService", "n:1"],
  ["Subscription", "METERED_BY", "UsageRecord", "1:n"],
  ["Subscription", "CHARGED_VIA", "ChargebackContract", "1:n"],
  ["UsageRecord", "CHARGED_UNDER", "ChargebackContract", "n:1"],
  ["ChargebackContract", "BILLED_AS", "ChargebackRecord", "1:n"],
  ["FulfillmentRequest", "PROVISIONS", "DesiredService", "n:1"],
  ["FulfillmentRequest", "REQUESTS_CHANGE", "RFC", "1:1"],
  ["DesiredService", "REALIZED_AS", "ActualServiceCI", "1:n", "backbone: desired -> actual. 2.1/3.0 state 1:1 between a desired service and the actual service as a whole; here each CI is a node, so the actual service is the set of CIs the desired service realizes (1:n links), its other components joined by SUPPORTS"],
  ["ActualServiceCI", "SUPPORTS", "ActualServiceCI", "n:m", "CI topology: infrastructure -> application -> business service (3.0: Actual Product Instance n:m)"],
  ["ActualServiceCI", "MONITORED_BY", "ServiceMonitor", "n:m", "2.1/3.0: a monitor watches an actual service"],
  ["ActualServiceCI", "HAS_EVENT", "Event", "n:m"],
  ["ActualServiceCI", "EXPERIENCED", ["Incident", "Problem"], "n:m", "the CI the incident/problem is on"],
  ["ActualServiceCI", "MEASURED_UNDER", "ServiceContract", "1:n"],
  ["ActualServiceCI", "HAS_RUNBOOK", "RunBook", "n:m"],
  ["ServiceContract", "TRACKED_BY", "KeyPerformanceIndicator", "n:m"],
  ["ServiceMonitor", "EMITS", "Event", "1:n"],
  ["Event", "RAISES", "Incident", "n:m"],
  ["Event", "TRIGGERS", "RFC", "1:n"],
  ["Interaction", "REPORTED", "Incident", "n:m", "3.0: one interaction may report several incidents"],
  ["Incident", "ESCALATED_TO", "Problem", "n:m"],
  ["Incident", "REQUESTS_CHANGE", "RFC", "1:n"],
  ["Incident", "REPORTS_DEFECT", "Defect", "1:1"],
  ["Incident", "BREACHED", "ServiceContract", "n:m", "SLA breach (3.0: Incident - Service Contract)"],
  ["Incident", "PARENT_OF", "Incident", "1:n", "3.0: Incident - Incident (major incident and its children)"],
  ["Incident", "DOCUMENTED_IN", "KnowledgeItem", "n:m", "3.0: Incident - Knowledge Item"],
  ["Incident", "REMEDIATED_BY", "RunBook", "n:m", "3.0: Incident - Run Book"],
  ["RFC", "CAUSED", "Incident", "1:n", "2.1: the change that caused the incident"],
  ["Problem", "RESOLVED_BY", "RFC", "1:n"],
  ["Problem", "REPORTS_DEFECT", "Defect", "1:n", "3.0: Problem - Defect 1:n"],
  ["Problem", "RAISES_DEMAND", "PortfolioBacklogItem", "1:1", "the loop back to strategy (makes cycles)"],
  ["Problem", "DOCUMENTED_IN", "KnowledgeItem", "n:m", "known errors become knowledge"],
  ["KnowledgeItem", "DISCUSSED_IN", "Conversation", "n:m"],
  ["RFC", "CHANGES", "ActualServiceCI", "n:m"],
];

/**
 * Relationship names replaced because one name carried several meanings (a role-blind filter could not tell
 * them apart): imports still accept the old name for these endpoint pairs, with a deprecation warning, and
 * migration 004 renames stored links.
 */
// prettier-ignore
export const RENAMED_RELATIONSHIPS: readonly { from: string; type: string; to: string; now: string }[] = [
  { from: "ITInitiative", type: "RAISES", to: "RFC", now: "REQUESTS_CHANGE" },
  { from: "FulfillmentRequest", type: "RAISES", to: "RFC", now: "REQUESTS_CHANGE" },
  { from: "Incident", type: "RAISES", to: "RFC", now: "REQUESTS_CHANGE" },
  { from: "Incident", type: "RAISES", to: "Defect", now: "REPORTS_DEFECT" },
  { from: "Problem", type: "RAISES", to: "Defect", now: "REPORTS_DEFECT" },
  { from: "ServiceRequest", type: "FULFILLED_BY", to: "FulfillmentRequest", now: "DECOMPOSED_INTO" },
];

/** Accountability: a Party owns, approved or is assigned to any data object. Not lineage: traversals skip it. */
export const ACCOUNTABILITY_TYPES = ["OWNS", "APPROVED", "ASSIGNED_TO"] as const;
export type AccountabilityType = (typeof ACCOUNTABILITY_TYPES)[number];

function expand(rows: readonly Row[]): RelationshipDef[] {
  return rows.flatMap(([from, type, to, cardinality, note = "", basis]) =>
    (typeof to === "string" ? [to] : to).map((target): RelationshipDef => {
      const role = RELATIONSHIP_ROLES[type];
      if (!role) throw new Error(`cannot happen: relationship type ${type} has no role`);
      const standard: StandardBasis =
        basis === "ext" ? "extension" : basis === "inferred" ? "inferred" : "stated";
      return {
        from,
        type,
        to: target,
        cardinality,
        kind: "lineage",
        role: role.role,
        extension: standard === "extension",
        basis: standard,
        note,
      };
    }),
  );
}

/** Every allowed lineage (from, type, to) triple. */
export const LINEAGE_RELATIONSHIPS: readonly RelationshipDef[] = expand(LINEAGE);

/** How each relationship type reads from both ends, and the properties its links carry beyond createdAt. */
// prettier-ignore
export const RELATIONSHIP_VERBS: Readonly<Record<string, RelationshipVerb>> = {
  GOVERNS: { outgoing: "governs", incoming: "governedBy", properties: [] },
  SOURCES: { outgoing: "sources", incoming: "sourcedFrom", properties: [] },
  DESCRIBES: { outgoing: "describes", incoming: "describedBy", properties: [] },
  PROPOSED_IN: { outgoing: "proposedIn", incoming: "proposes", properties: [] },
  TARGETS: { outgoing: "targets", incoming: "targetedBy", properties: [] },
  REFINED_INTO: { outgoing: "refinedInto", incoming: "refines", properties: [] },
  FUNDS: { outgoing: "funds", incoming: "fundedBy", properties: [] },
  AUTHORIZES: { outgoing: "authorizes", incoming: "authorizedBy", properties: [] },
  REALIZED_BY: { outgoing: "realizedBy", incoming: "realizes", properties: [] },
  HAS_BLUEPRINT: { outgoing: "hasBlueprint", incoming: "blueprintOf", properties: [] },
  REFINED_BY: { outgoing: "refinedBy", incoming: "refinementOf", properties: [] },
  RELEASED_AS: { outgoing: "releasedAs", incoming: "releaseOf", properties: [] },
  REQUIRES: { outgoing: "requires", incoming: "requiredBy", properties: [] },
  SPECIFIES: { outgoing: "specifies", incoming: "specifiedBy", properties: [] },
  FULFILLED_BY: { outgoing: "fulfilledBy", incoming: "fulfills", properties: [] },
  VERIFIED_BY: { outgoing: "verifiedBy", incoming: "verifies", properties: [] },
  IMPLEMENTED_BY: { outgoing: "implementedBy", incoming: "implements", properties: [] },
  DELIVERS: { outgoing: "delivers", incoming: "deliveredBy", properties: [] },
  RAISES: { outgoing: "raises", incoming: "raisedBy", properties: [] },
  REQUESTS_CHANGE: { outgoing: "requestsChange", incoming: "changeRequestedBy", properties: [] },
  REPORTS_DEFECT: { outgoing: "reportsDefect", incoming: "defectReportedBy", properties: [] },
  BUILT_AS: { outgoing: "builtAs", incoming: "buildOf", properties: [] },
  TESTED_BY: { outgoing: "testedBy", incoming: "tests", properties: [] },
  PACKAGED_IN: { outgoing: "packagedIn", incoming: "packages", properties: [] },
  DEPLOYED_BY: { outgoing: "deployedBy", incoming: "deploys", properties: [] },
  VALIDATED_BY: { outgoing: "validatedBy", incoming: "validates", properties: [] },
  DEPLOYED_VIA: { outgoing: "deployedVia", incoming: "deploysRelease", properties: [] },
  FOUND: { outgoing: "found", incoming: "foundBy", properties: [] },
  HAS_KNOWN: { outgoing: "hasKnown", incoming: "knownIn", properties: [] },
  TEMPLATES: { outgoing: "templates", incoming: "templatedBy", properties: [] },
  PUBLISHED_AS: { outgoing: "publishedAs", incoming: "publicationOf", properties: [] },
  INSTANTIATED_AS: { outgoing: "instantiatedAs", incoming: "instanceOf", properties: [] },
  USED_BY: { outgoing: "usedBy", incoming: "uses", properties: [] },
  OFFERED_AS: { outgoing: "offeredAs", incoming: "offerOf", properties: [] },
  LISTS: { outgoing: "lists", incoming: "listedIn", properties: [] },
  ADDED_TO: { outgoing: "addedTo", incoming: "contains", properties: [] },
  SUBMITTED_AS: { outgoing: "submittedAs", incoming: "submittedFrom", properties: [] },
  REQUESTED_IN: { outgoing: "requestedIn", incoming: "requests", properties: [] },
  SUBSCRIBED_AS: { outgoing: "subscribedAs", incoming: "subscriptionTo", properties: [] },
  DECOMPOSED_INTO: { outgoing: "decomposedInto", incoming: "decompositionOf", properties: [] },
  CREATES: { outgoing: "creates", incoming: "createdBy", properties: [] },
  INSTANTIATES: { outgoing: "instantiates", incoming: "instantiatedBy", properties: [] },
  REALIZED_AS: { outgoing: "realizedAs", incoming: "realizationOf", properties: [] },
  METERED_BY: { outgoing: "meteredBy", incoming: "meters", properties: [] },
  CHARGED_VIA: { outgoing: "chargedVia", incoming: "charges", properties: [] },
  CHARGED_UNDER: { outgoing: "chargedUnder", incoming: "chargesUsage", properties: [] },
  BILLED_AS: { outgoing: "billedAs", incoming: "billingOf", properties: [] },
  PROVISIONS: { outgoing: "provisions", incoming: "provisionedBy", properties: [] },
  SUPPORTS: { outgoing: "supports", incoming: "supportedBy", properties: [] },
  MONITORED_BY: { outgoing: "monitoredBy", incoming: "monitors", properties: [] },
  HAS_EVENT: { outgoing: "hasEvent", incoming: "eventOn", properties: [] },
  EXPERIENCED: { outgoing: "experienced", incoming: "experiencedBy", properties: [] },
  MEASURED_UNDER: { outgoing: "measuredUnder", incoming: "measures", properties: [] },
  HAS_RUNBOOK: { outgoing: "hasRunbook", incoming: "runbookFor", properties: [] },
  TRACKED_BY: { outgoing: "trackedBy", incoming: "tracks", properties: [] },
  EMITS: { outgoing: "emits", incoming: "emittedBy", properties: [] },
  TRIGGERS: { outgoing: "triggers", incoming: "triggeredBy", properties: [] },
  REPORTED: { outgoing: "reported", incoming: "reportedBy", properties: [] },
  ESCALATED_TO: { outgoing: "escalatedTo", incoming: "escalatedFrom", properties: [] },
  BREACHED: { outgoing: "breached", incoming: "breachedBy", properties: [] },
  PARENT_OF: { outgoing: "parentOf", incoming: "childOf", properties: [] },
  REMEDIATED_BY: { outgoing: "remediatedBy", incoming: "remediates", properties: [] },
  CAUSED: { outgoing: "caused", incoming: "causedBy", properties: [] },
  RESOLVED_BY: { outgoing: "resolvedBy", incoming: "resolves", properties: [] },
  RAISES_DEMAND: { outgoing: "raisesDemand", incoming: "demandRaisedBy", properties: [] },
  DOCUMENTED_IN: { outgoing: "documentedIn", incoming: "documents", properties: [] },
  DISCUSSED_IN: { outgoing: "discussedIn", incoming: "discusses", properties: [] },
  CHANGES: { outgoing: "changes", incoming: "changedBy", properties: [] },
  OWNS: { outgoing: "owns", incoming: "ownedBy", partiesField: "owners", properties: [] },
  APPROVED: {
    outgoing: "approved",
    incoming: "approvedBy",
    partiesField: "approvers",
    properties: [attr("at", "DateTime", "When the approval was given.", { required: true })],
  },
  ASSIGNED_TO: { outgoing: "assignedTo", incoming: "assignees", partiesField: "assignees", properties: [] },
};
