import type { GraphDocument } from "../document.ts";
import { EstateBuilder } from "./estate-builder.ts";

/**
 * The demo estate: Harbor Bank's mobile payments, from the portfolio decision to last night's P1 incident.
 *
 * The story an auditor follows (seed/README.md): INC-1042, "Mobile payments failing: database connection pool
 * exhausted" (P1, breaching the payments SLA), happened on the payments database CI-PAY-DB. Traced upstream it
 * leads through the production service (DS-PAY-PROD), the release blueprint and release Mobile Payments 2.0,
 * the initiative INI-301, to the portfolio decision SA-2026-01, approved by Priya Raman (portfolio board) and
 * Maria Okafor (CIO) in February 2026 under the Customer Data Protection and Availability policies. Its problem
 * PRB-77 raised new demand (PBI-104) back into the portfolio, now proposed in SA-2026-04: the feedback loop.
 * INC-1043 sits on CI-LEGACY-FTP, a file gateway no decision ever authorized: a broken chain. The gateway
 * was patched by RFC-548, a change the approved initiative INI-301 requested: a change acts on a CI, it does
 * not authorize it, so the trace still reports the chain broken where it is ("CI-LEGACY-FTP: no desired
 * service realized as it").
 */
export function demoEstate(): GraphDocument {
  const b = new EstateBuilder();

  // Accountable parties.
  const priya = b.node("Party", "P-PRIYA", "Priya Raman (Portfolio Board chair)", "ACTIVE", {
    kind: "PERSON",
    email: "priya.raman@harborbank.example",
  });
  const maria = b.node("Party", "P-MARIA", "Maria Okafor (CIO)", "ACTIVE", {
    kind: "PERSON",
    email: "maria.okafor@harborbank.example",
  });
  const jonas = b.node("Party", "P-JONAS", "Jonas Berg (Head of Digital Channels)", "ACTIVE", {
    kind: "PERSON",
    email: "jonas.berg@harborbank.example",
  });
  const lena = b.node("Party", "P-LENA", "Lena Vogel (Change Manager)", "ACTIVE", {
    kind: "PERSON",
    email: "lena.vogel@harborbank.example",
  });
  const payTeam = b.node("Party", "T-PAYMENTS", "Payments Platform Team", "ACTIVE", {
    kind: "TEAM",
    email: "payments-platform@harborbank.example",
  });
  const dbaTeam = b.node("Party", "T-DBA", "Database Operations Team", "ACTIVE", {
    kind: "TEAM",
    email: "dba@harborbank.example",
  });
  const desk = b.node("Party", "T-SERVICEDESK", "Service Desk", "ACTIVE", {
    kind: "TEAM",
    email: "servicedesk@harborbank.example",
  });

  // Strategy to Portfolio.
  const polData = b.node("Policy", "POL-001", "Customer Data Protection Policy", "ACTIVE", {
    category: "SECURITY",
    effectiveFrom: "2025-01-01",
  });
  const polAvail = b.node("Policy", "POL-002", "Availability and Resilience Policy", "ACTIVE", {
    category: "OPERATIONS",
    effectiveFrom: "2025-04-01",
  });
  const polCloud = b.node("Policy", "POL-003", "Cloud First Sourcing Policy", "ACTIVE", {
    category: "SOURCING",
    effectiveFrom: "2025-07-01",
  });
  const ea = b.node(
    "EnterpriseArchitecture",
    "EA-2026",
    "Harbor Bank Target Architecture 2026",
    "PUBLISHED",
    { domain: "Retail banking", version: "2026.1" },
  );
  const budget = b.node("ITBudgetItem", "BUD-2026-PAY", "Digital payments budget 2026", "COMMITTED", {
    amount: 1_850_000,
    currency: "EUR",
    fiscalYear: 2026,
  });
  const pbiPay = b.node(
    "PortfolioBacklogItem",
    "PBI-101",
    "Instant mobile payments to contacts",
    "ACCEPTED",
    {
      priority: "P1",
      businessValue: 90,
      costEstimate: 1_600_000,
      acceptanceCriteria: "Customers pay a contact from the app in under 3 seconds.",
    },
  );
  const pbiKiosk = b.node(
    "PortfolioBacklogItem",
    "PBI-102",
    "Branch self-service kiosk refresh",
    "REJECTED",
    { priority: "P3", businessValue: 30, costEstimate: 2_400_000 },
  );
  const pbiFraud = b.node("PortfolioBacklogItem", "PBI-103", "Real-time fraud scoring", "PROPOSED", {
    priority: "P2",
    businessValue: 70,
    costEstimate: 900_000,
  });
  const pbiCapacity = b.node(
    "PortfolioBacklogItem",
    "PBI-104",
    "Payments database capacity and resilience upgrade",
    "PROPOSED",
    {
      priority: "P1",
      businessValue: 80,
      costEstimate: 350_000,
      acceptanceCriteria: "No payment outage from connection exhaustion at 3x peak load.",
    },
  );
  const saPay = b.node("ScopeAgreement", "SA-2026-01", "Mobile Payments 2.0", "DECIDED", {
    decision: "APPROVED",
    decidedAt: "2026-02-11T09:00:00Z",
    proposedBudget: 1_600_000,
    approvedBudget: 1_500_000,
    anticipatedValue: "12% more active mobile customers",
    rationale: "Strategic priority: instant payments; fits the 2026 target architecture.",
  });
  const saKiosk = b.node("ScopeAgreement", "SA-2026-02", "Branch kiosk refresh", "DECIDED", {
    decision: "REJECTED",
    decidedAt: "2026-02-11T09:30:00Z",
    proposedBudget: 2_400_000,
    rationale: "Branch traffic falling; money better spent on mobile.",
  });
  const saFraud = b.node("ScopeAgreement", "SA-2026-03", "Real-time fraud scoring", "DECIDED", {
    decision: "DEFERRED",
    decidedAt: "2026-02-11T10:00:00Z",
    proposedBudget: 900_000,
    rationale: "Deferred to Q3 until the payments platform is live.",
  });
  const saCapacity = b.node(
    "ScopeAgreement",
    "SA-2026-04",
    "Payments database capacity upgrade",
    "SUBMITTED",
    {
      decision: "PROPOSED",
      proposedBudget: 350_000,
      anticipatedValue: "Avoid repeat P1 outages of mobile payments",
    },
  );
  const cs = b.node("ConceptualService", "CS-PAY", "Payments", "ACTIVE", {
    criticality: "CRITICAL",
    investmentStatus: "INVEST",
  });
  const csb = b.node("ConceptualServiceBlueprint", "CSB-PAY", "Payments service concept", "ACTIVE", {
    version: "2.0",
  });

  b.link(polData, "GOVERNS", [saPay, cs]);
  b.link(polAvail, "GOVERNS", [saPay, saCapacity]);
  b.link(polCloud, "GOVERNS", saFraud);
  b.link(ea, "DESCRIBES", cs);
  b.link(budget, "FUNDS", saPay);
  b.link(pbiPay, "PROPOSED_IN", saPay);
  b.link(pbiPay, "TARGETS", cs);
  b.link(pbiKiosk, "PROPOSED_IN", saKiosk);
  b.link(pbiFraud, "PROPOSED_IN", saFraud);
  b.link(pbiCapacity, "PROPOSED_IN", saCapacity);
  b.link(pbiCapacity, "TARGETS", cs);
  b.link(cs, "HAS_BLUEPRINT", csb);
  b.link(priya, "APPROVED", saPay, { at: "2026-02-10T14:30:00Z" });
  b.link(maria, "APPROVED", saPay, { at: "2026-02-11T09:00:00Z" });
  b.link(priya, "APPROVED", [saKiosk, saFraud], { at: "2026-02-11T09:30:00Z" });
  b.link(jonas, "OWNS", [pbiPay, saPay, cs, pbiCapacity, saCapacity]);

  // Requirement to Deploy.
  const ini = b.node("ITInitiative", "INI-301", "Mobile Payments 2.0 programme", "COMPLETED", {
    startDate: "2026-03-01",
    endDate: "2026-09-30",
    budget: 1_500_000,
    health: "GREEN",
  });
  const ls = b.node("LogicalService", "LS-PAY-MOBILE", "Mobile payments service", "ACTIVE", {
    version: "2.0",
  });
  const lsb = b.node(
    "LogicalServiceBlueprint",
    "LSB-PAY-MOBILE",
    "Mobile payments logical design",
    "ACTIVE",
    { version: "2.0", architectureNotes: "API gateway, payments API, PostgreSQL primary/replica" },
  );
  const reqSpeed = b.node("Requirement", "REQ-401", "Pay a contact in under 3 seconds", "VERIFIED", {
    kind: "NON_FUNCTIONAL",
    priority: "P1",
  });
  const reqCrypto = b.node("Requirement", "REQ-402", "Encrypt card and account data at rest", "VERIFIED", {
    kind: "POLICY",
    priority: "P1",
  });
  const reqContacts = b.node(
    "Requirement",
    "REQ-403",
    "Pick the payee from the phone's contacts",
    "IMPLEMENTED",
    { kind: "FUNCTIONAL", priority: "P2" },
  );
  const src = b.node("Source", "SRC-PAY-API", "payments-api repository", "ACTIVE", {
    repository: "git@git.harborbank.example:payments/payments-api.git",
    revision: "v2.0.3",
  });
  const build = b.node("Build", "BLD-PAY-2031", "payments-api build 2.0.3", "ACTIVE", {
    version: "2.0.3",
    builtAt: "2026-09-12T18:05:00Z",
    result: "SUCCESS",
  });
  const pkg = b.node("BuildPackage", "PKG-PAY-2.0.3", "payments-api 2.0.3 container image", "ACTIVE", {
    version: "2.0.3",
    artifactUri: "registry.harborbank.example/payments-api:2.0.3",
  });
  const tcLoad = b.node("TestCase", "TC-501", "Load test: 500 payments per second", "EXECUTED", {
    result: "PASSED",
    executedAt: "2026-09-14T22:00:00Z",
  });
  const tcCrypto = b.node("TestCase", "TC-502", "Data at rest is encrypted", "EXECUTED", {
    result: "PASSED",
    executedAt: "2026-09-14T23:00:00Z",
  });
  const rel = b.node("ServiceRelease", "REL-PAY-2.0", "Mobile Payments 2.0", "RELEASED", {
    version: "2.0.3",
    releasedAt: "2026-09-20T06:00:00Z",
    deploymentModel: "Blue/green",
  });
  const srbProd = b.node(
    "ServiceReleaseBlueprint",
    "SRB-PAY-2.0-PROD",
    "Mobile Payments 2.0 – production",
    "ACTIVE",
    { environment: "PRODUCTION", deploymentModel: "Blue/green" },
  );
  const srbTest = b.node(
    "ServiceReleaseBlueprint",
    "SRB-PAY-2.0-TEST",
    "Mobile Payments 2.0 – test",
    "ACTIVE",
    { environment: "TEST" },
  );
  const defKnown = b.node(
    "Defect",
    "DEF-88",
    "Connection pool size fixed at 50 in production config",
    "OPEN",
    { severity: "HIGH", foundIn: "2.0.3" },
  );

  b.link(saPay, "AUTHORIZES", ini);
  b.link(cs, "REALIZED_BY", ls);
  b.link(csb, "REFINED_BY", lsb);
  b.link(ls, "HAS_BLUEPRINT", lsb);
  b.link(ls, "RELEASED_AS", rel);
  b.link(pbiPay, "REFINED_INTO", [reqSpeed, reqContacts]);
  b.link(polData, "SOURCES", reqCrypto);
  b.link(reqSpeed, "SPECIFIES", ls);
  b.link(reqCrypto, "FULFILLED_BY", rel);
  b.link(reqSpeed, "FULFILLED_BY", rel);
  b.link(reqContacts, "FULFILLED_BY", rel);
  b.link(reqSpeed, "VERIFIED_BY", tcLoad);
  b.link(reqCrypto, "VERIFIED_BY", tcCrypto);
  b.link(reqContacts, "IMPLEMENTED_BY", src);
  b.link(src, "BUILT_AS", build);
  b.link(build, "TESTED_BY", [tcLoad, tcCrypto]);
  b.link(build, "PACKAGED_IN", pkg);
  b.link(pkg, "DEPLOYED_BY", [srbProd, srbTest]);
  b.link(ini, "DELIVERS", rel);
  b.link(rel, "HAS_BLUEPRINT", [srbProd, srbTest]);
  b.link(rel, "VALIDATED_BY", tcLoad);
  b.link(srbProd, "HAS_KNOWN", defKnown);
  b.link(payTeam, "OWNS", [ini, ls, rel, srbProd, src]);
  b.link(maria, "APPROVED", rel, { at: "2026-09-18T16:00:00Z" });

  // Request to Fulfill.
  const sla = b.node("ServiceContract", "SC-PAY-SLA", "Mobile payments SLA (99.9%)", "ACTIVE", {
    contractType: "SLA",
    slaTarget: "99.9% monthly availability; P1 restored within 4 h",
    provider: "Harbor Bank IT",
    consumer: "Retail Banking",
    startDate: "2026-09-20",
  });
  const kpi = b.node("KeyPerformanceIndicator", "KPI-PAY-AVAIL", "Mobile payments availability", "ACTIVE", {
    metric: "availability_percent",
    threshold: 99.9,
  });
  const entry = b.node(
    "ServiceCatalogEntry",
    "CAT-PAY-MOBILE",
    "Mobile payments for retail customers",
    "PUBLISHED",
    { published: true, audience: "Retail customers" },
  );
  const offerCatalog = b.node("OfferCatalog", "OC-RETAIL", "Retail banking offers", "ACTIVE", {
    audience: "Retail Banking",
  });
  const offer = b.node("Offer", "OFF-PAY-STD", "Mobile payments – standard", "ACTIVE", {
    price: 0,
    startDate: "2026-09-20",
  });
  const request = b.node(
    "ServiceRequest",
    "SR-7781",
    "Enable mobile payments for Retail Banking",
    "FULFILLED",
    {
      requestedAt: "2026-09-15T10:00:00Z",
      requestedBy: "Retail Banking",
      fulfilledAt: "2026-09-20T07:00:00Z",
    },
  );
  const sub = b.node("Subscription", "SUB-RB-PAY", "Retail Banking – mobile payments", "ACTIVE", {
    startDate: "2026-09-20",
    subscriber: "Retail Banking",
  });
  const fr = b.node("FulfillmentRequest", "FR-9910", "Provision production payments stack", "COMPLETED", {
    fulfilledAt: "2026-09-20T05:30:00Z",
  });
  const ds = b.node("DesiredService", "DS-PAY-PROD", "Mobile payments – production", "ACTIVE", {
    environment: "PRODUCTION",
    topology: "2 app nodes, PostgreSQL primary + replica",
  });

  b.link(srbProd, "PUBLISHED_AS", entry);
  b.link(srbProd, "TEMPLATES", sla);
  b.link(srbProd, "INSTANTIATED_AS", ds);
  b.link(srbProd, "USED_BY", fr);
  b.link(entry, "OFFERED_AS", offer);
  b.link(offerCatalog, "LISTS", offer);
  b.link(offer, "REQUESTED_IN", request);
  b.link(request, "CREATES", sub);
  b.link(request, "DECOMPOSED_INTO", fr);
  b.link(sub, "INSTANTIATES", sla);
  b.link(sub, "REALIZED_AS", ds);
  b.link(fr, "PROVISIONS", ds);
  b.link(sla, "TRACKED_BY", kpi);

  // Detect to Correct: the CI stack, host -> database -> application -> business service.
  const ciSvc = b.node("ActualServiceCI", "CI-PAY-SVC", "Mobile Payments (business service)", "DEGRADED", {
    ciClass: "BUSINESS_SERVICE",
    environment: "PRODUCTION",
  });
  const ciApi = b.node("ActualServiceCI", "CI-PAY-API", "payments-api (application)", "OPERATIONAL", {
    ciClass: "APPLICATION",
    environment: "PRODUCTION",
    location: "Frankfurt DC1",
  });
  const ciDb = b.node("ActualServiceCI", "CI-PAY-DB", "paydb01 (PostgreSQL primary)", "DEGRADED", {
    ciClass: "DATABASE",
    environment: "PRODUCTION",
    location: "Frankfurt DC1",
  });
  const ciHost = b.node("ActualServiceCI", "CI-HOST-17", "fra1-db-host-17 (host)", "OPERATIONAL", {
    ciClass: "HOST",
    environment: "PRODUCTION",
    location: "Frankfurt DC1",
  });
  const ciFtp = b.node("ActualServiceCI", "CI-LEGACY-FTP", "Legacy SFTP settlement gateway", "OPERATIONAL", {
    ciClass: "APPLICATION",
    environment: "PRODUCTION",
    location: "Frankfurt DC1",
  });
  const monDb = b.node("ServiceMonitor", "MON-PAYDB-POOL", "paydb01 connection pool usage", "ACTIVE", {
    metric: "db_pool_used_percent",
    threshold: 95,
  });
  const monApi = b.node("ServiceMonitor", "MON-PAYAPI-LAT", "payments-api p99 latency", "ACTIVE", {
    metric: "http_p99_ms",
    threshold: 3000,
  });
  const monFtp = b.node("ServiceMonitor", "MON-FTP-UP", "SFTP gateway reachability", "ACTIVE", {
    metric: "tcp_connect_ok",
    threshold: 1,
  });
  const runbook = b.node("RunBook", "RB-PAYDB-01", "paydb01: relieve connection exhaustion", "PUBLISHED", {
    steps:
      "1. Check pg_stat_activity. 2. Kill idle-in-transaction sessions. 3. Fail over to replica if > 10 min.",
  });

  b.link(ds, "REALIZED_AS", [ciSvc, ciApi, ciDb, ciHost]);
  b.link(ciHost, "SUPPORTS", ciDb);
  b.link(ciDb, "SUPPORTS", ciApi);
  b.link(ciApi, "SUPPORTS", ciSvc);
  b.link(ciDb, "MONITORED_BY", monDb);
  b.link(ciApi, "MONITORED_BY", monApi);
  b.link(ciFtp, "MONITORED_BY", monFtp);
  b.link(ciSvc, "MEASURED_UNDER", sla);
  b.link(ciDb, "HAS_RUNBOOK", runbook);
  b.link(payTeam, "OWNS", [ciSvc, ciApi]);
  b.link(dbaTeam, "OWNS", [ciDb, ciHost]);

  // Events and incidents.
  const evPool = b.node("Event", "EV-9001", "paydb01 connection pool at 100%", "CLOSED", {
    category: "CAPACITY",
    eventType: "CAUSAL",
    severity: "CRITICAL",
    occurredAt: "2026-11-22T19:42:00Z",
  });
  const evLat = b.node("Event", "EV-9002", "payments-api p99 latency 9.8 s", "CLOSED", {
    category: "PERFORMANCE",
    eventType: "SYMPTOM",
    severity: "HIGH",
    occurredAt: "2026-11-22T19:43:00Z",
  });
  const evPoolOld = b.node("Event", "EV-8710", "paydb01 connection pool at 97%", "CLOSED", {
    category: "CAPACITY",
    eventType: "CAUSAL",
    severity: "HIGH",
    occurredAt: "2026-11-03T12:10:00Z",
  });
  const evFtp = b.node("Event", "EV-9003", "SFTP gateway unreachable", "OPEN", {
    category: "AVAILABILITY",
    eventType: "CAUSAL",
    severity: "HIGH",
    occurredAt: "2026-11-22T23:05:00Z",
  });
  const call = b.node("Interaction", "INT-55120", "Customer: payment to my sister keeps spinning", "CLOSED", {
    channel: "PHONE",
    reportedAt: "2026-11-22T19:50:00Z",
  });
  const incMain = b.node(
    "Incident",
    "INC-1042",
    "Mobile payments failing: database connection pool exhausted",
    "RESOLVED",
    {
      priority: "P1",
      severity: "CRITICAL",
      openedAt: "2026-11-22T19:45:00Z",
      outageStart: "2026-11-22T19:42:00Z",
      outageEnd: "2026-11-23T00:10:00Z",
      resolvedAt: "2026-11-23T00:15:00Z",
    },
  );
  const incEarlier = b.node("Incident", "INC-1031", "Slow mobile payments at lunchtime peak", "CLOSED", {
    priority: "P2",
    severity: "HIGH",
    openedAt: "2026-11-03T12:15:00Z",
    resolvedAt: "2026-11-03T13:05:00Z",
  });
  const incMinor = b.node("Incident", "INC-1038", "Payment confirmation e-mail delayed", "CLOSED", {
    priority: "P4",
    severity: "LOW",
    openedAt: "2026-11-12T08:00:00Z",
    resolvedAt: "2026-11-12T11:00:00Z",
  });
  const incFtp = b.node(
    "Incident",
    "INC-1043",
    "Settlement files not delivered: SFTP gateway down",
    "IN_PROGRESS",
    {
      priority: "P2",
      severity: "HIGH",
      openedAt: "2026-11-22T23:10:00Z",
      outageStart: "2026-11-22T23:05:00Z",
    },
  );
  const prb = b.node(
    "Problem",
    "PRB-77",
    "Payments database connection exhaustion under peak load",
    "KNOWN_ERROR",
    {
      knownError: true,
      rootCause:
        "Pool fixed at 50 connections (DEF-88); retries from payments-api multiply connections under latency.",
    },
  );
  const rfcFix = b.node("RFC", "RFC-551", "Raise paydb01 pool to 200 and cap API retries", "IMPLEMENTED", {
    changeType: "EMERGENCY",
    risk: "MEDIUM",
    approvalStatus: "APPROVED",
    plannedStart: "2026-11-22T23:30:00Z",
    implementedAt: "2026-11-23T00:05:00Z",
    outcome: "SUCCESSFUL",
  });
  const rfcUpgrade = b.node("RFC", "RFC-560", "Move paydb01 to a larger instance class", "SUBMITTED", {
    changeType: "NORMAL",
    risk: "HIGH",
    approvalStatus: "PENDING",
    plannedStart: "2026-12-05T22:00:00Z",
  });
  const rfcPatch = b.node("RFC", "RFC-548", "Patch OpenSSL on the legacy SFTP gateway", "IMPLEMENTED", {
    changeType: "STANDARD",
    risk: "LOW",
    approvalStatus: "APPROVED",
    plannedStart: "2026-10-14T21:00:00Z",
    implementedAt: "2026-10-14T21:40:00Z",
    outcome: "SUCCESSFUL",
  });
  const ki = b.node(
    "KnowledgeItem",
    "KB-0912",
    "Known error: payments DB pool exhaustion – workaround",
    "PUBLISHED",
    { article: "Restart payments-api pods in sequence; see RB-PAYDB-01." },
  );
  const chat = b.node("Conversation", "CONV-318", "#payments-incident bridge 22 Nov", "CLOSED", {
    channel: "Chat",
  });

  b.link(monDb, "EMITS", [evPool, evPoolOld]);
  b.link(monApi, "EMITS", evLat);
  b.link(monFtp, "EMITS", evFtp);
  b.link(ciDb, "HAS_EVENT", [evPool, evPoolOld]);
  b.link(ciApi, "HAS_EVENT", evLat);
  b.link(ciFtp, "HAS_EVENT", evFtp);
  b.link(evPool, "RAISES", incMain);
  b.link(evLat, "RAISES", incMain);
  b.link(evPoolOld, "RAISES", incEarlier);
  b.link(evFtp, "RAISES", incFtp);
  b.link(call, "REPORTED", incMain);
  b.link(ciDb, "EXPERIENCED", [incMain, incEarlier, prb]);
  b.link(ciApi, "EXPERIENCED", incMinor);
  b.link(ciFtp, "EXPERIENCED", incFtp);
  b.link(incMain, "BREACHED", sla);
  b.link(incMain, "ESCALATED_TO", prb);
  b.link(incEarlier, "ESCALATED_TO", prb);
  b.link(incMain, "REQUESTS_CHANGE", rfcFix);
  b.link(prb, "RESOLVED_BY", [rfcFix, rfcUpgrade]);
  b.link(prb, "REPORTS_DEFECT", defKnown);
  b.link(prb, "RAISES_DEMAND", pbiCapacity);
  b.link(prb, "DOCUMENTED_IN", ki);
  b.link(ki, "DISCUSSED_IN", chat);
  b.link(rfcFix, "CHANGES", [ciDb, ciApi]);
  b.link(rfcUpgrade, "CHANGES", ciDb);
  b.link(ini, "REQUESTS_CHANGE", rfcPatch);
  b.link(rfcPatch, "CHANGES", ciFtp);
  b.link(desk, "OWNS", [incMain, incEarlier, incMinor, incFtp]);
  b.link(dbaTeam, "ASSIGNED_TO", [incMain, prb, rfcUpgrade]);
  b.link(lena, "APPROVED", rfcFix, { at: "2026-11-22T23:20:00Z" });
  b.link(lena, "OWNS", [rfcFix, rfcUpgrade]);

  return b.build();
}
