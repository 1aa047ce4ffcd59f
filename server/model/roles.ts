import type { RelationshipRole } from "./types.ts";

/**
 * The role of each lineage relationship type, with the IT4IT reason. Every type has exactly one role, so a
 * filter by type name is exact (the names that used to carry several meanings were split: see
 * RENAMED_RELATIONSHIPS in relationships.ts).
 *
 * - `provenance`: the chain by which a service comes to exist and reach operations — a decision authorizes an
 *   initiative, which delivers a release, whose blueprint is instantiated as the desired service, realized by
 *   the actual service CIs; the request/catalog chain from blueprint to desired service; where an incident
 *   happened. The audit trace and coverage follow these links and nothing else.
 * - `reference`: an object is described, governed, funded or measured by another, without being brought into
 *   being by it (a policy governs a decision; a release fulfils a requirement).
 * - `operational`: changes, deployments and remediation acting on what exists (RFCs, events triggering
 *   changes, run books).
 * - `feedback`: what operations learn and send back (problems, defects, knowledge, new demand).
 *
 * `authority: "reversed"` marks the two provenance links whose stored direction (the way impact flows) is
 * opposite to the way authority flows: demand is PROPOSED_IN a decision, but the decision authorizes the
 * demand; a component CI SUPPORTS the business-service CI, but it is part of the service because the service
 * is. The trace walks every other provenance link against its direction (upstream) and these two with it.
 */
export interface RoleDef {
  readonly role: RelationshipRole;
  readonly authority?: "reversed";
  /** Provenance links: how the link reads from the object that receives authority ("realizes" for a CI). */
  readonly reads?: string;
  readonly why: string;
}

// prettier-ignore
export const RELATIONSHIP_ROLES: Readonly<Record<string, RoleDef>> = {
  // S2P: the decision and the demand it decides on
  AUTHORIZES: { role: "provenance", reads: "is authorized by", why: "The portfolio decision (scope agreement) starts the initiative: the root of every authorized chain." },
  PROPOSED_IN: { role: "provenance", reads: "is proposed in", authority: "reversed", why: "Demand is authorized by the decision it is proposed in (2.1 Proposal)." },
  TARGETS: { role: "provenance", reads: "is targeted by", why: "A conceptual service exists because demand for it was raised (2.1 Portfolio Demand -> Service Portfolio)." },
  REFINED_INTO: { role: "provenance", reads: "is refined from", why: "Requirements are refined from authorized demand (2.1 Requirement)." },
  REALIZED_BY: { role: "provenance", reads: "realizes", why: "Service model backbone: the logical service realizes the conceptual one." },
  HAS_BLUEPRINT: { role: "provenance", reads: "is a blueprint of", why: "A blueprint belongs to its service or release (service model backbone)." },
  REFINED_BY: { role: "provenance", reads: "refines", why: "The logical blueprint refines the conceptual blueprint." },
  // R2D: the work that builds the release
  DELIVERS: { role: "provenance", reads: "is delivered by", why: "The initiative delivers the release: the release is authorized by the initiative's decision." },
  IMPLEMENTED_BY: { role: "provenance", reads: "implements", why: "Source is written to implement a requirement." },
  BUILT_AS: { role: "provenance", reads: "is built from", why: "A build is built from source." },
  PACKAGED_IN: { role: "provenance", reads: "packages", why: "A build package packages builds." },
  VERIFIED_BY: { role: "provenance", reads: "verifies", why: "A test case exists to verify a requirement." },
  VALIDATED_BY: { role: "provenance", reads: "validates", why: "A test case exists to validate a release." },
  TESTED_BY: { role: "provenance", reads: "tests", why: "A test case exists to test a build." },
  FOUND: { role: "provenance", reads: "was found by", why: "A defect found by a test belongs to the work under test." },
  // R2F: from blueprint through catalog, offer, request and subscription to the desired service
  PUBLISHED_AS: { role: "provenance", reads: "publishes", why: "The catalog entry publishes a release blueprint (2.1 Catalog Composition)." },
  OFFERED_AS: { role: "provenance", reads: "is offered from", why: "An offer is made from a catalog entry." },
  ADDED_TO: { role: "provenance", reads: "holds", why: "A cart holds offers." },
  SUBMITTED_AS: { role: "provenance", reads: "is submitted from", why: "A submitted cart becomes a service request." },
  REQUESTED_IN: { role: "provenance", reads: "requests", why: "A service request requests an offer." },
  SUBSCRIBED_AS: { role: "provenance", reads: "subscribes to", why: "A subscription is to an offer (3.0)." },
  CREATES: { role: "provenance", reads: "is created by", why: "A fulfilled request creates the subscription." },
  DECOMPOSED_INTO: { role: "provenance", reads: "is decomposed from", why: "Request rationalization decomposes a request into fulfillment requests." },
  USED_BY: { role: "provenance", reads: "uses", why: "A fulfillment request fulfils a release blueprint." },
  PROVISIONS: { role: "provenance", reads: "is provisioned by", why: "Fulfillment provisions the desired service." },
  INSTANTIATED_AS: { role: "provenance", reads: "instantiates", why: "Backbone: the desired service instantiates the release blueprint." },
  INSTANTIATES: { role: "provenance", reads: "is instantiated by", why: "A subscription instantiates its service contract." },
  METERED_BY: { role: "provenance", reads: "meters", why: "Usage is metered for a subscription." },
  CHARGED_VIA: { role: "provenance", reads: "charges", why: "A subscription is charged through a chargeback contract." },
  BILLED_AS: { role: "provenance", reads: "bills", why: "Chargeback records bill a chargeback contract." },
  TRACKED_BY: { role: "provenance", reads: "tracks", why: "A KPI tracks a service contract." },
  // D2C: the actual service and where things happen on it
  REALIZED_AS: { role: "provenance", reads: "realizes", why: "Backbone: the desired service (from a blueprint or a subscription) is realized as the actual service CIs." },
  SUPPORTS: { role: "provenance", reads: "supports", authority: "reversed", why: "A component CI is part of the actual service it supports (3.0 Actual Product Instance topology)." },
  MONITORED_BY: { role: "provenance", reads: "monitors", why: "A monitor watches an actual service." },
  EMITS: { role: "provenance", reads: "is emitted by", why: "A monitor emits the event." },
  HAS_EVENT: { role: "provenance", reads: "happened on", why: "The event happened on the CI." },
  EXPERIENCED: { role: "provenance", reads: "happened on", why: "The CI the incident or problem happened on: where it lives in the service backbone." },
  RAISES: { role: "provenance", reads: "is raised by", why: "The event raised the incident (2.1 Event -> Incident)." },
  // reference: describes, governs, funds or measures
  GOVERNS: { role: "reference", why: "A policy governs a service, decision or contract; it does not create it." },
  SOURCES: { role: "reference", why: "A requirement cites the policy it comes from; the policy does not authorize it." },
  DESCRIBES: { role: "reference", why: "Enterprise architecture describes a service." },
  FUNDS: { role: "reference", why: "A budget item funds a decision or service; funding is not the decision." },
  RELEASED_AS: { role: "reference", why: "The release realizes a design; its authority is the initiative that delivers it, not the design." },
  REQUIRES: { role: "reference", why: "The logical blueprint states requirements that come from demand." },
  SPECIFIES: { role: "reference", why: "A requirement specifies the logical service." },
  FULFILLED_BY: { role: "reference", why: "A release fulfils requirements; it is authorized by its initiative." },
  DEPLOYED_BY: { role: "reference", why: "A build package is deployed by a blueprint; the blueprint's authority is its release." },
  HAS_KNOWN: { role: "reference", why: "A blueprint ships known defects." },
  TEMPLATES: { role: "reference", why: "A blueprint templates contracts; the contract instance comes from a subscription." },
  LISTS: { role: "reference", why: "An offer catalog lists offers." },
  CHARGED_UNDER: { role: "reference", why: "Usage is charged under a chargeback contract." },
  MEASURED_UNDER: { role: "reference", why: "A CI is measured under a service contract." },
  REPORTED: { role: "reference", why: "A service desk interaction reports an incident; it says who called, not where it happened." },
  // operational: acting on what exists
  REQUESTS_CHANGE: { role: "operational", why: "An initiative, fulfillment or incident requests a change; a change is authorized by change control, and what it changes is not thereby created by it." },
  CHANGES: { role: "operational", why: "A change acts on a CI; it does not bring the CI into the service." },
  TRIGGERS: { role: "operational", why: "An event triggers a change." },
  DEPLOYED_VIA: { role: "operational", why: "A release goes live through a change (extension)." },
  CAUSED: { role: "operational", why: "A change caused an incident (2.1)." },
  BREACHED: { role: "operational", why: "An incident breached a service contract." },
  PARENT_OF: { role: "operational", why: "A major incident groups child incidents (3.0)." },
  HAS_RUNBOOK: { role: "operational", why: "A run book for operating a CI." },
  REMEDIATED_BY: { role: "operational", why: "A run book applied to an incident (3.0)." },
  // feedback: what operations learn and send back
  ESCALATED_TO: { role: "feedback", why: "Incidents escalate to a problem: investigation, not service creation." },
  RESOLVED_BY: { role: "feedback", why: "A problem is resolved by a change." },
  REPORTS_DEFECT: { role: "feedback", why: "Operations report a defect back to development." },
  RAISES_DEMAND: { role: "feedback", why: "A problem raises new demand: the loop back to strategy (makes cycles)." },
  DOCUMENTED_IN: { role: "feedback", why: "Known errors and incidents become knowledge." },
  DISCUSSED_IN: { role: "feedback", why: "Knowledge is discussed in conversations." },
};

/** What a lineage link role means, for people: the legend, the published model page and the API's enum. */
export interface LinkRoleDef {
  readonly role: Exclude<RelationshipRole, "accountability">;
  readonly label: string;
  /** One sentence; the GraphQL enum LinkRole carries the same text (a unit test keeps them equal). */
  readonly meaning: string;
  /** True for the one role the audit trace, coverage and broken chains follow. */
  readonly traced: boolean;
}

/** The four roles of lineage links, in the order they are shown. */
export const LINK_ROLES: readonly LinkRoleDef[] = [
  {
    role: "provenance",
    label: "Provenance",
    meaning:
      "The chain by which a service comes to exist and reach operations: decision -> initiative -> release -> blueprint -> desired service -> actual service CIs -> where incidents happen; the request/catalog chain; the design chain.",
    traced: true,
  },
  {
    role: "reference",
    label: "Reference",
    meaning:
      "Describes, governs, funds or measures an object without bringing it into being (a policy governs a decision).",
    traced: false,
  },
  {
    role: "operational",
    label: "Operational",
    meaning: "Acts on what exists: changes, RFCs, deployments, run books.",
    traced: false,
  },
  {
    role: "feedback",
    label: "Feedback",
    meaning:
      "What operations send back: problems, defects, knowledge, new demand (the loop back to strategy).",
    traced: false,
  },
];
