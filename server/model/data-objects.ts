import { attr, DECISIONS, PRIORITIES, SEVERITIES } from "./attributes.ts";
import { LIFECYCLES } from "./lifecycles.ts";
import type {
  AttributeDef,
  DataObjectType,
  Lifecycle,
  ObjectClass,
  ValueStream,
  ValueStream30,
} from "./types.ts";

/**
 * The IT4IT data object catalogue: every type of the information model with its value stream, functional
 * component, lane, class and attributes. Canonical names follow shared/it4it-model.md. Long by nature: it is
 * the one table the rest of the product derives from.
 */
interface TypeSpec {
  label: string;
  description: string;
  lane: number;
  stream: ValueStream;
  stream30: ValueStream30;
  component: string;
  cls: ObjectClass;
  name30: string | null;
  lifecycle: Lifecycle;
  attributes: readonly AttributeDef[];
}

// prettier-ignore
const SPECS: Record<string, TypeSpec> = {
  Policy: {
    label: "Policy",
    description: "A rule the enterprise sets for IT: security, compliance, architecture, sourcing.",
    lane: 0, stream: "S2P", stream30: "Evaluate", component: "Policy", cls: "K", name30: "Policy",
    lifecycle: LIFECYCLES.document,
    attributes: [
      attr("category", "String", "Kind of policy.", {
        values: ["SECURITY", "COMPLIANCE", "ARCHITECTURE", "FINANCIAL", "SOURCING", "OPERATIONS"],
      }),
      attr("effectiveFrom", "Date", "First day the policy applies."),
      attr("effectiveTo", "Date", "Last day the policy applies."),
    ],
  },
  EnterpriseArchitecture: {
    label: "Enterprise Architecture",
    description: "An architecture blueprint that describes conceptual services.",
    lane: 0, stream: "S2P", stream30: "Evaluate", component: "Enterprise Architecture", cls: "K",
    name30: "Architecture Blueprint", lifecycle: LIFECYCLES.published,
    attributes: [attr("domain", "String", "Architecture domain."), attr("version", "String", "Blueprint version.")],
  },
  PortfolioBacklogItem: {
    label: "Portfolio Backlog Item",
    description: "A demand for new or changed IT capability, waiting for a portfolio decision.",
    lane: 1, stream: "S2P", stream30: "Evaluate", component: "Portfolio Demand", cls: "K",
    name30: "Portfolio Backlog Item", lifecycle: LIFECYCLES.demand,
    attributes: [
      attr("priority", "String", "Business priority.", { values: PRIORITIES }),
      attr("businessValue", "Int", "Relative business value (higher is more)."),
      attr("acceptanceCriteria", "String", "What must be true for the demand to be met."),
      attr("costEstimate", "Float", "Estimated cost."),
    ],
  },
  ITBudgetItem: {
    label: "IT Budget Item",
    description: "A budget line that funds proposals or services.",
    lane: 1, stream: "S2P", stream30: "Evaluate", component: "IT Investment Portfolio", cls: "A",
    name30: "Budget Item", lifecycle: LIFECYCLES.budget,
    attributes: [
      attr("amount", "Float", "Budgeted amount."),
      attr("currency", "String", "ISO 4217 currency code."),
      attr("fiscalYear", "Int", "Fiscal year."),
    ],
  },
  ScopeAgreement: {
    label: "Scope Agreement",
    description: "The portfolio decision: a proposal approved, rejected or deferred, with budget and rationale.",
    lane: 2, stream: "S2P", stream30: "Evaluate", component: "Proposal", cls: "K", name30: "Scope Agreement",
    lifecycle: LIFECYCLES.proposal,
    attributes: [
      attr("decision", "String", "The portfolio decision.", { required: true, values: DECISIONS }),
      attr("decidedAt", "DateTime", "When the decision was taken."),
      attr("proposedBudget", "Float", "Budget asked for."),
      attr("approvedBudget", "Float", "Budget granted."),
      attr("anticipatedValue", "String", "Value the decision expects."),
      attr("rationale", "String", "Why the decision was taken."),
    ],
  },
  ConceptualService: {
    label: "Conceptual Service",
    description: "A service as the business sees it (digital product): the top of the service model.",
    lane: 2, stream: "S2P", stream30: "Evaluate", component: "Service Portfolio", cls: "B",
    name30: "Digital Product", lifecycle: LIFECYCLES.service,
    attributes: [
      attr("criticality", "String", "Business criticality.", { values: SEVERITIES }),
      attr("investmentStatus", "String", "Invest, maintain, tolerate, retire.", {
        values: ["INVEST", "MAINTAIN", "TOLERATE", "RETIRE"],
      }),
      attr("lifecycleStage", "String", "Where the service is in its life."),
    ],
  },
  ConceptualServiceBlueprint: {
    label: "Conceptual Service Blueprint",
    description: "The conceptual design of a service.",
    lane: 3, stream: "S2P", stream30: "Evaluate", component: "Service Portfolio", cls: "A", name30: null,
    lifecycle: LIFECYCLES.document,
    attributes: [attr("version", "String", "Blueprint version.")],
  },
  ITInitiative: {
    label: "IT Initiative",
    description: "The project or programme a scope agreement authorizes.",
    lane: 3, stream: "R2D", stream30: "Explore", component: "Project", cls: "K",
    name30: null, lifecycle: LIFECYCLES.project,
    attributes: [
      attr("startDate", "Date", "Planned start."),
      attr("endDate", "Date", "Planned end."),
      attr("budget", "Float", "Initiative budget."),
      attr("health", "String", "RAG health.", { values: ["GREEN", "AMBER", "RED"] }),
    ],
  },
  Requirement: {
    label: "Requirement",
    description: "A functional, non-functional or policy requirement on a service.",
    lane: 4, stream: "R2D", stream30: "Explore", component: "Requirement", cls: "K", name30: "Requirement",
    lifecycle: LIFECYCLES.requirement,
    attributes: [
      attr("kind", "String", "Kind of requirement.", { values: ["FUNCTIONAL", "NON_FUNCTIONAL", "POLICY"] }),
      attr("priority", "String", "Priority.", { values: PRIORITIES }),
      attr("acceptanceCriteria", "String", "How the requirement is verified."),
    ],
  },
  LogicalService: {
    label: "Logical Service",
    description: "The logical design of a service (product design).",
    lane: 4, stream: "R2D", stream30: "Explore", component: "Service Design", cls: "B", name30: "Product Design",
    lifecycle: LIFECYCLES.service,
    attributes: [attr("version", "String", "Design version.")],
  },
  LogicalServiceBlueprint: {
    label: "Logical Service Blueprint",
    description: "The logical blueprint: components and architecture of a service.",
    lane: 5, stream: "R2D", stream30: "Explore", component: "Service Design", cls: "A",
    name30: "Product Design", lifecycle: LIFECYCLES.document,
    attributes: [
      attr("version", "String", "Blueprint version."),
      attr("architectureNotes", "String", "Architecture notes."),
    ],
  },
  Source: {
    label: "Source",
    description: "Source code in version control.",
    lane: 5, stream: "R2D", stream30: "Integrate", component: "Source Control", cls: "K", name30: "Source",
    lifecycle: LIFECYCLES.artifact,
    attributes: [attr("repository", "String", "Repository."), attr("revision", "String", "Revision or commit.")],
  },
  Build: {
    label: "Build",
    description: "A build of source.",
    lane: 6, stream: "R2D", stream30: "Integrate", component: "Build", cls: "K", name30: "Build",
    lifecycle: LIFECYCLES.artifact,
    attributes: [
      attr("version", "String", "Build version."),
      attr("builtAt", "DateTime", "When it was built."),
      attr("result", "String", "Build result.", { values: ["SUCCESS", "FAILURE"] }),
    ],
  },
  BuildPackage: {
    label: "Build Package",
    description: "A deployable package produced by builds.",
    lane: 6, stream: "R2D", stream30: "Integrate", component: "Build Package", cls: "K", name30: "Build Package",
    lifecycle: LIFECYCLES.artifact,
    attributes: [attr("version", "String", "Package version."), attr("artifactUri", "String", "Where it is stored.")],
  },
  TestCase: {
    label: "Test Case",
    description: "A test and its latest result.",
    lane: 6, stream: "R2D", stream30: "Integrate", component: "Test", cls: "K", name30: "Test Case",
    lifecycle: LIFECYCLES.test,
    attributes: [
      attr("result", "String", "Latest result.", { values: ["PASSED", "FAILED", "BLOCKED"] }),
      attr("executedAt", "DateTime", "When it last ran."),
    ],
  },
  Defect: {
    label: "Defect",
    description: "A defect found in a test, an incident or a problem.",
    lane: 6, stream: "R2D", stream30: "Integrate", component: "Defect", cls: "K", name30: "Defect",
    lifecycle: LIFECYCLES.defect,
    attributes: [
      attr("severity", "String", "Severity.", { values: SEVERITIES }),
      attr("foundIn", "String", "Version or environment it was found in."),
    ],
  },
  ServiceRelease: {
    label: "Service Release",
    description: "A release of a service (product release).",
    lane: 7, stream: "R2D", stream30: "Integrate", component: "Release Composition", cls: "B",
    name30: "Product Release", lifecycle: LIFECYCLES.release,
    attributes: [
      attr("version", "String", "Release version."),
      attr("releasedAt", "DateTime", "When it was released."),
      attr("deploymentModel", "String", "SaaS, on-premises, hybrid..."),
    ],
  },
  ServiceReleaseBlueprint: {
    label: "Service Release Blueprint",
    description: "How a release is deployed, one per environment.",
    lane: 8, stream: "R2D", stream30: "Deploy", component: "Release Composition", cls: "B",
    name30: "Product Release Blueprint", lifecycle: LIFECYCLES.document,
    attributes: [
      attr("environment", "String", "Target environment.", { values: ["PRODUCTION", "STAGING", "TEST", "DEV"] }),
      attr("deploymentModel", "String", "Deployment model."),
    ],
  },
  ServiceCatalogEntry: {
    label: "Service Catalog Entry",
    description: "A release blueprint published in the catalog.",
    lane: 9, stream: "R2F", stream30: "Release", component: "Catalog Composition", cls: "B",
    name30: "Service Offer", lifecycle: LIFECYCLES.published,
    attributes: [attr("published", "Boolean", "Visible to consumers."), attr("audience", "String", "Who may see it.")],
  },
  Offer: {
    label: "Offer",
    description: "What a consumer can order, at a price.",
    lane: 10, stream: "R2F", stream30: "Release", component: "Offer Management", cls: "K", name30: "Service Offer",
    lifecycle: LIFECYCLES.offer,
    attributes: [
      attr("price", "Float", "Price."),
      attr("startDate", "Date", "Available from."),
      attr("expiryDate", "Date", "Available until."),
    ],
  },
  OfferCatalog: {
    label: "Offer Catalog",
    description: "A catalog of offers for an audience.",
    lane: 10, stream: "R2F", stream30: "Release", component: "Offer Management", cls: "A",
    name30: "Service Offer Catalog", lifecycle: LIFECYCLES.offer,
    attributes: [attr("audience", "String", "Who the catalog is for.")],
  },
  ServiceContract: {
    label: "Service Contract",
    description: "An SLA, OLA or underpinning contract with its targets.",
    lane: 10, stream: "D2C", stream30: "Consume", component: "Service Level", cls: "K", name30: "Service Contract",
    lifecycle: LIFECYCLES.contract,
    attributes: [
      attr("contractType", "String", "Kind of contract.", { values: ["SLA", "OLA", "UC"] }),
      attr("slaTarget", "String", "The target, e.g. 99.9% availability, P1 restored in 4h."),
      attr("provider", "String", "Who provides."),
      attr("consumer", "String", "Who consumes."),
      attr("startDate", "Date", "Start."),
      attr("endDate", "Date", "End."),
    ],
  },
  ShoppingCart: {
    label: "Shopping Cart",
    description: "Offers a consumer collected before ordering.",
    lane: 11, stream: "R2F", stream30: "Consume", component: "Offer Consumption", cls: "K", name30: "Order",
    lifecycle: LIFECYCLES.cart,
    attributes: [attr("submittedAt", "DateTime", "When it was submitted.")],
  },
  ServiceRequest: {
    label: "Service Request",
    description: "An order for an offer.",
    lane: 11, stream: "R2F", stream30: "Consume", component: "Request Rationalization", cls: "K", name30: "Order",
    lifecycle: LIFECYCLES.request,
    attributes: [
      attr("requestedAt", "DateTime", "When it was requested."),
      attr("requestedBy", "String", "Who requested it."),
      attr("fulfilledAt", "DateTime", "When it was fulfilled."),
    ],
  },
  Subscription: {
    label: "Subscription",
    description: "A consumer's right to use a service.",
    lane: 12, stream: "R2F", stream30: "Consume", component: "Subscription", cls: "K", name30: "Subscription",
    lifecycle: LIFECYCLES.subscription,
    attributes: [
      attr("startDate", "Date", "Start."),
      attr("expiryDate", "Date", "Expiry."),
      attr("subscriber", "String", "Who subscribed."),
    ],
  },
  FulfillmentRequest: {
    label: "Fulfillment Request",
    description: "The work to fulfil a service request.",
    lane: 12, stream: "R2F", stream30: "Consume", component: "Fulfillment Execution", cls: "K", name30: "Fulfillment",
    lifecycle: LIFECYCLES.fulfillment,
    attributes: [attr("fulfilledAt", "DateTime", "When it was fulfilled.")],
  },
  DesiredService: {
    label: "Desired Service",
    description: "The service instance as it should be (desired product instance).",
    lane: 13, stream: "R2F", stream30: "Deploy", component: "Fulfillment Execution", cls: "B",
    name30: "Desired Product Instance", lifecycle: LIFECYCLES.desired,
    attributes: [
      attr("environment", "String", "Environment.", { values: ["PRODUCTION", "STAGING", "TEST", "DEV"] }),
      attr("topology", "String", "Intended topology."),
    ],
  },
  UsageRecord: {
    label: "Usage Record",
    description: "Metered usage of a subscription.",
    lane: 13, stream: "R2F", stream30: "Consume", component: "Usage", cls: "K", name30: "Usage",
    lifecycle: LIFECYCLES.record,
    attributes: [
      attr("quantity", "Float", "Quantity used."),
      attr("unit", "String", "Unit of measure."),
      attr("period", "String", "Billing period, e.g. 2026-10."),
    ],
  },
  ChargebackContract: {
    label: "Chargeback Contract",
    description: "How usage of a subscription is charged back.",
    lane: 13, stream: "R2F", stream30: "Consume", component: "Chargeback/Showback", cls: "K", name30: "Chargeback Contract",
    lifecycle: LIFECYCLES.contract,
    attributes: [attr("amount", "Float", "Agreed amount."), attr("period", "String", "Charging period.")],
  },
  ChargebackRecord: {
    label: "Chargeback Record",
    description: "One charge under a chargeback contract.",
    lane: 13, stream: "R2F", stream30: "Consume", component: "Chargeback/Showback", cls: "K", name30: "Chargeback",
    lifecycle: LIFECYCLES.record,
    attributes: [attr("amount", "Float", "Amount charged."), attr("period", "String", "Period charged.")],
  },
  ActualServiceCI: {
    label: "Actual Service CI",
    description: "A configuration item in the CMDB: business service, application, database, host, network...",
    lane: 14, stream: "D2C", stream30: "Operate", component: "Configuration Management", cls: "B",
    name30: "Actual Product Instance", lifecycle: LIFECYCLES.ci,
    attributes: [
      attr("ciClass", "String", "CI class.", {
        values: ["BUSINESS_SERVICE", "APPLICATION", "DATABASE", "HOST", "NETWORK", "STORAGE", "CONTAINER"],
      }),
      attr("environment", "String", "Environment.", { values: ["PRODUCTION", "STAGING", "TEST", "DEV"] }),
      attr("location", "String", "Data centre, region or site."),
    ],
  },
  ServiceMonitor: {
    label: "Service Monitor",
    description: "A monitor watching a CI.",
    lane: 15, stream: "D2C", stream30: "Operate", component: "Service Monitoring", cls: "K", name30: "Service Monitor",
    lifecycle: LIFECYCLES.monitor,
    attributes: [attr("metric", "String", "What is measured."), attr("threshold", "Float", "Alert threshold.")],
  },
  KeyPerformanceIndicator: {
    label: "Key Performance Indicator",
    description: "A KPI that tracks a service contract.",
    lane: 15, stream: "D2C", stream30: "Operate", component: "Service Level", cls: "K", name30: "KPI",
    lifecycle: LIFECYCLES.monitor,
    attributes: [attr("metric", "String", "What is measured."), attr("threshold", "Float", "Target threshold.")],
  },
  Event: {
    label: "Event",
    description: "Something a monitor detected on a CI.",
    lane: 16, stream: "D2C", stream30: "Operate", component: "Event", cls: "K", name30: "Event",
    lifecycle: LIFECYCLES.event,
    attributes: [
      attr("category", "String", "Event category.", { values: ["AVAILABILITY", "PERFORMANCE", "CAPACITY", "SECURITY"] }),
      attr("eventType", "String", "Causal or symptom.", { values: ["CAUSAL", "SYMPTOM"] }),
      attr("severity", "String", "Severity.", { values: SEVERITIES }),
      attr("occurredAt", "DateTime", "When it happened."),
    ],
  },
  Interaction: {
    label: "Interaction",
    description: "A user contact with the service desk.",
    lane: 16, stream: "D2C", stream30: "Operate", component: "Incident", cls: "A", name30: "Interaction",
    lifecycle: LIFECYCLES.interaction,
    attributes: [
      attr("channel", "String", "Phone, chat, portal, email.", { values: ["PHONE", "CHAT", "PORTAL", "EMAIL"] }),
      attr("reportedAt", "DateTime", "When the user reported it."),
    ],
  },
  Incident: {
    label: "Incident",
    description: "An unplanned interruption or degradation of a service.",
    lane: 17, stream: "D2C", stream30: "Operate", component: "Incident", cls: "K", name30: "Incident",
    lifecycle: LIFECYCLES.incident,
    attributes: [
      attr("priority", "String", "Priority.", { values: PRIORITIES }),
      attr("severity", "String", "Severity.", { values: SEVERITIES }),
      attr("openedAt", "DateTime", "When it was opened."),
      attr("outageStart", "DateTime", "Start of the outage."),
      attr("outageEnd", "DateTime", "End of the outage."),
      attr("resolvedAt", "DateTime", "When it was resolved."),
    ],
  },
  Problem: {
    label: "Problem",
    description: "The unknown or known cause of one or more incidents.",
    lane: 18, stream: "D2C", stream30: "Operate", component: "Problem", cls: "K", name30: "Problem",
    lifecycle: LIFECYCLES.problem,
    attributes: [
      attr("knownError", "Boolean", "True once the root cause and a workaround are known."),
      attr("rootCause", "String", "Root cause."),
    ],
  },
  RFC: {
    label: "Request for Change",
    description: "A change to a CI, raised by a release, an incident, a problem, an event or a fulfilment.",
    lane: 18, stream: "D2C", stream30: "Operate", component: "Change Control", cls: "K", name30: "Change",
    lifecycle: LIFECYCLES.change,
    attributes: [
      attr("changeType", "String", "Kind of change.", { values: ["STANDARD", "NORMAL", "EMERGENCY"] }),
      attr("risk", "String", "Risk.", { values: ["HIGH", "MEDIUM", "LOW"] }),
      attr("approvalStatus", "String", "CAB approval.", { values: ["PENDING", "APPROVED", "REJECTED"] }),
      attr("plannedStart", "DateTime", "Planned start."),
      attr("implementedAt", "DateTime", "When it was implemented."),
      attr("outcome", "String", "Outcome.", { values: ["SUCCESSFUL", "FAILED", "BACKED_OUT"] }),
    ],
  },
  RunBook: {
    label: "Run Book",
    description: "Steps to diagnose or remediate a CI.",
    lane: 19, stream: "D2C", stream30: "Operate", component: "Diagnostics & Remediation", cls: "K", name30: "Runbook",
    lifecycle: LIFECYCLES.published,
    attributes: [attr("steps", "String", "The steps.")],
  },
  KnowledgeItem: {
    label: "Knowledge Item",
    description: "A knowledge article, e.g. a known error and its workaround.",
    lane: 19, stream: "D2C", stream30: "Operate", component: "Knowledge & Collaboration", cls: "K",
    name30: "Knowledge Item", lifecycle: LIFECYCLES.published,
    attributes: [attr("article", "String", "The article text.")],
  },
  Conversation: {
    label: "Conversation",
    description: "A discussion about a knowledge item.",
    lane: 19, stream: "D2C", stream30: "Operate", component: "Knowledge & Collaboration", cls: "K",
    name30: "Conversation", lifecycle: LIFECYCLES.interaction,
    attributes: [attr("channel", "String", "Where the conversation takes place.")],
  },
};

/** Every IT4IT data object type, in lane order (ties keep catalogue order). */
export const DATA_OBJECT_TYPES: readonly DataObjectType[] = Object.entries(SPECS)
  .map(([name, s]): DataObjectType => ({
    name,
    label: s.label,
    description: s.description,
    valueStream: s.stream,
    valueStream30: s.stream30,
    functionalComponent: s.component,
    lane: s.lane,
    objectClass: s.cls,
    name30: s.name30,
    lifecycle: s.lifecycle,
    attributes: s.attributes,
  }))
  .sort((a, b) => a.lane - b.lane);

/** The accountability node type: a person or a team that owns, approves or is assigned to data objects. */
export const PARTY_TYPE = {
  name: "Party",
  label: "Party",
  description: "A person or team accountable for data objects (owner, approver, assignee).",
  lifecycle: LIFECYCLES.party,
  attributes: [
    attr("kind", "String", "Person or team.", { required: true, values: ["PERSON", "TEAM"] }),
    attr("email", "String", "Contact address."),
  ],
} as const;

/** The common Neo4j label every data object node carries beside its type label. */
export const DATA_OBJECT_LABEL = "DataObject";
