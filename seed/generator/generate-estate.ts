import { attributesOf, getDataObjectType, openStatuses } from "../../server/model/index.ts";
import type { DocumentNode, DocumentRelationship, GraphDocument } from "../document.ts";
import { Random } from "./random.ts";

export interface GenerateOptions {
  /** About how many data objects (parties not counted). */
  scale: number;
  seed?: number;
}

/** Data objects one conceptual service brings on average: its portfolio, delivery, catalog and operations. */
export const OBJECTS_PER_SERVICE = 290;

/** Share of CIs that no desired service realizes (shadow IT): their incidents are broken chains. */
export const ORPHAN_CI_SHARE = 0.03;
/** Share of problems that raise new demand back into the portfolio (the feedback loop). */
export const FEEDBACK_SHARE = 0.2;

const STATUS_CLOSED_P = 0.7;

/**
 * Generates a realistic IT4IT estate of about `scale` data objects, deterministically from `seed`: a few
 * policies; per conceptual service a portfolio (backlog items, decisions approved/rejected/deferred with
 * approvers and dates), delivery (initiative, requirements, releases, builds, tests), fulfilment (catalog,
 * offers, requests, subscriptions, contracts) and operations (CI stacks host -> database -> application ->
 * business service, monitors, many events and incidents, problems, RFCs); a small share of orphan CIs (broken
 * chains) and problems raising demand back into the portfolio (cycles). Every element is valid against the
 * meta-model.
 */
export function generateEstate(options: GenerateOptions): GraphDocument {
  const g = new Generator(options.seed ?? 1);
  const services = Math.max(1, Math.round(options.scale / OBJECTS_PER_SERVICE));
  g.strategy(Math.max(3, Math.round(options.scale / 25_000)), Math.max(4, Math.round(options.scale / 400)));
  for (let s = 0; s < services; s++) g.service(s, options.scale / services);
  return g.document();
}

class Generator {
  private readonly r: Random;
  private readonly nodes: DocumentNode[] = [];
  private readonly rels: DocumentRelationship[] = [];
  private readonly counters = new Map<string, number>();
  private policies: string[] = [];
  private people: string[] = [];
  private teams: string[] = [];
  private readonly backlog: string[] = [];

  constructor(seed: number) {
    this.r = new Random(seed);
  }

  document(): GraphDocument {
    return { nodes: this.nodes, relationships: this.rels };
  }

  private id(prefix: string): string {
    const n = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, n);
    return `${prefix}-${String(n).padStart(6, "0")}`;
  }

  private node(
    type: string,
    prefix: string,
    name: string,
    status: string,
    properties: Record<string, unknown> = {},
  ): string {
    const id = this.id(prefix);
    this.nodes.push({ type, id, name: `${name} ${id.slice(prefix.length + 1)}`, status, properties });
    return id;
  }

  private link(from: string, type: string, to: string, properties?: Record<string, unknown>): void {
    this.rels.push(properties ? { type, from, to, properties } : { type, from, to });
  }

  /** A status from the type's lifecycle (server/model): mostly closed ones for old work, open ones otherwise. */
  private status(type: string, closedP = STATUS_CLOSED_P): string {
    const open = openStatuses(type);
    const closed = getDataObjectType(type)?.lifecycle.closed ?? [];
    return closed.length > 0 && this.r.chance(closedP) ? this.r.pick(closed) : this.r.pick(open);
  }

  /**
   * A value of an attribute with a closed set of values in the model, equally likely unless `weights` says
   * otherwise (a weight for a value the model does not have is a mistake, and throws).
   */
  private value(type: string, attribute: string, weights: Readonly<Record<string, number>> = {}): string {
    const values = attributesOf(type).find((a) => a.name === attribute)?.values;
    if (!values) throw new Error(`cannot happen: ${type}.${attribute} has no closed set of values`);
    for (const v of Object.keys(weights))
      if (!values.includes(v)) throw new Error(`cannot happen: ${type}.${attribute} has no value ${v}`);
    return this.r.weighted(Object.fromEntries(values.map((v) => [v, weights[v] ?? 1])));
  }

  strategy(policyCount: number, partyCount: number): void {
    const categories = ["SECURITY", "COMPLIANCE", "ARCHITECTURE", "FINANCIAL", "SOURCING", "OPERATIONS"];
    for (let i = 0; i < policyCount; i++) {
      this.policies.push(
        this.node("Policy", "POL", "Policy", "ACTIVE", {
          category: this.r.pick(categories),
          effectiveFrom: "2025-01-01",
        }),
      );
    }
    for (let i = 0; i < partyCount; i++) {
      const team = i % 4 === 0;
      const id = this.id(team ? "TEAM" : "PER");
      this.nodes.push({
        type: "Party",
        id,
        name: team ? `Team ${id}` : `Person ${id}`,
        status: "ACTIVE",
        properties: { kind: team ? "TEAM" : "PERSON", email: `${id.toLowerCase()}@example.com` },
      });
      (team ? this.teams : this.people).push(id);
    }
  }

  service(index: number, budget: number): void {
    const r = this.r;
    const scale = budget / OBJECTS_PER_SERVICE;
    const owner = r.pick(this.people);
    const team = r.pick(this.teams);
    const cs = this.node("ConceptualService", "CS", "Service", "ACTIVE", {
      criticality: this.value("ConceptualService", "criticality"),
    });
    const csb = this.node("ConceptualServiceBlueprint", "CSB", "Service concept", "ACTIVE", {
      version: "1.0",
    });
    this.link(cs, "HAS_BLUEPRINT", csb);
    this.link(owner, "OWNS", cs);
    if (r.chance(0.5)) this.link(r.pick(this.policies), "GOVERNS", cs);
    const budgetItem = this.node("ITBudgetItem", "BUD", "Budget", "COMMITTED", {
      amount: r.int(50, 2000) * 1000,
      currency: "EUR",
      fiscalYear: 2026,
    });

    // Portfolio: backlog items proposed in decisions; 60% approved.
    const approved: string[] = [];
    const decisions = r.around(2 * scale, 1);
    for (let d = 0; d < decisions; d++) {
      const decision =
        d === 0 ? "APPROVED" : this.value("ScopeAgreement", "decision", { APPROVED: 3, PROPOSED: 0 });
      const decidedAt = r.dateTime("2025-01-01T00:00:00Z", "2026-06-30T00:00:00Z");
      const sa = this.node("ScopeAgreement", "SA", "Decision", "DECIDED", {
        decision,
        decidedAt,
        proposedBudget: r.int(50, 900) * 1000,
      });
      this.link(r.pick(this.people), "APPROVED", sa, { at: decidedAt });
      this.link(r.pick(this.policies), "GOVERNS", sa);
      if (decision === "APPROVED") {
        approved.push(sa);
        this.link(budgetItem, "FUNDS", sa);
      }
      for (let p = r.int(1, 2); p > 0; p--) {
        const pbi = this.node(
          "PortfolioBacklogItem",
          "PBI",
          "Demand",
          decision === "APPROVED" ? "ACCEPTED" : decision === "REJECTED" ? "REJECTED" : "PROPOSED",
          { priority: this.value("PortfolioBacklogItem", "priority"), businessValue: r.int(1, 100) },
        );
        this.backlog.push(pbi);
        this.link(pbi, "PROPOSED_IN", sa);
        this.link(pbi, "TARGETS", cs);
      }
    }

    // Delivery: logical service, requirements, initiatives delivering releases.
    const ls = this.node("LogicalService", "LS", "Logical service", "ACTIVE", { version: "1.0" });
    const lsb = this.node("LogicalServiceBlueprint", "LSB", "Logical design", "ACTIVE", { version: "1.0" });
    this.link(cs, "REALIZED_BY", ls);
    this.link(ls, "HAS_BLUEPRINT", lsb);
    this.link(csb, "REFINED_BY", lsb);
    this.link(team, "OWNS", ls);
    const requirements: string[] = [];
    for (let q = r.around(4 * scale, 1); q > 0; q--) {
      const req = this.node("Requirement", "REQ", "Requirement", this.status("Requirement"), {
        kind: this.value("Requirement", "kind"),
      });
      requirements.push(req);
      this.link(req, "SPECIFIES", ls);
      if (this.backlog.length > 0 && r.chance(0.6))
        this.link(r.pick(this.backlog.slice(-4)), "REFINED_INTO", req);
    }
    const desired: string[] = [];
    for (const sa of approved) {
      const ini = this.node("ITInitiative", "INI", "Initiative", this.status("ITInitiative"), {
        health: this.value("ITInitiative", "health"),
      });
      this.link(sa, "AUTHORIZES", ini);
      this.link(team, "OWNS", ini);
      const src = this.node("Source", "SRC", "Repository", "ACTIVE", {
        repository: `git@example.com:svc/${index}.git`,
      });
      const build = this.node("Build", "BLD", "Build", "ACTIVE", {
        result: this.value("Build", "result", { FAILURE: 0 }),
        builtAt: r.dateTime("2025-06-01T00:00:00Z", "2026-09-30T00:00:00Z"),
      });
      const pkg = this.node("BuildPackage", "PKG", "Package", "ACTIVE", { version: `1.${r.int(0, 20)}` });
      const tc = this.node("TestCase", "TC", "Test", "EXECUTED", {
        result: this.value("TestCase", "result", { PASSED: 3, BLOCKED: 0 }),
      });
      this.link(src, "BUILT_AS", build);
      this.link(build, "PACKAGED_IN", pkg);
      this.link(build, "TESTED_BY", tc);
      if (requirements.length > 0) {
        const req = r.pick(requirements);
        this.link(req, "IMPLEMENTED_BY", src);
        this.link(req, "VERIFIED_BY", tc);
      }
      const rel = this.node("ServiceRelease", "REL", "Release", "RELEASED", {
        version: `1.${r.int(0, 20)}`,
        releasedAt: r.dateTime("2025-06-01T00:00:00Z", "2026-10-31T00:00:00Z"),
      });
      this.link(ini, "DELIVERS", rel);
      this.link(ls, "RELEASED_AS", rel);
      this.link(rel, "VALIDATED_BY", tc);
      if (requirements.length > 0) this.link(r.pick(requirements), "FULFILLED_BY", rel);
      for (const environment of ["PRODUCTION", "TEST"] as const) {
        const srb = this.node(
          "ServiceReleaseBlueprint",
          "SRB",
          `Blueprint ${environment.toLowerCase()}`,
          "ACTIVE",
          { environment },
        );
        this.link(rel, "HAS_BLUEPRINT", srb);
        this.link(pkg, "DEPLOYED_BY", srb);
        if (r.chance(0.3)) {
          const defect = this.node("Defect", "DEF", "Known defect", "OPEN", {
            severity: this.value("Defect", "severity", { CRITICAL: 0 }),
          });
          this.link(srb, "HAS_KNOWN", defect);
          this.link(tc, "FOUND", defect);
        }
        const ds = this.node("DesiredService", "DS", `Desired ${environment.toLowerCase()}`, "ACTIVE", {
          environment,
        });
        this.link(srb, "INSTANTIATED_AS", ds);
        desired.push(ds);
        if (environment === "PRODUCTION") this.fulfilment(srb, ds);
      }
    }

    // Operations: CI stacks per desired service, plus a few orphan CIs nobody authorized.
    for (const ds of desired) this.ciStack(ds, scale, team);
    if (this.r.chance(ORPHAN_CI_SHARE * 10 * Math.max(1, scale))) this.ciStack(null, scale / 4, team);
  }

  private fulfilment(srb: string, ds: string): void {
    const r = this.r;
    const entry = this.node("ServiceCatalogEntry", "CAT", "Catalog entry", "PUBLISHED", { published: true });
    const offer = this.node("Offer", "OFF", "Offer", "ACTIVE", { price: r.int(0, 500) });
    const contract = this.node("ServiceContract", "SC", "SLA", "ACTIVE", {
      contractType: "SLA",
      slaTarget: "99.9%",
    });
    const kpi = this.node("KeyPerformanceIndicator", "KPI", "Availability KPI", "ACTIVE", {
      metric: "availability",
      threshold: 99.9,
    });
    this.link(srb, "PUBLISHED_AS", entry);
    this.link(srb, "TEMPLATES", contract);
    this.link(entry, "OFFERED_AS", offer);
    this.link(contract, "TRACKED_BY", kpi);
    for (let i = r.int(1, 2); i > 0; i--) {
      const request = this.node("ServiceRequest", "SR", "Request", "FULFILLED", {
        requestedAt: r.dateTime("2025-06-01T00:00:00Z", "2026-10-31T00:00:00Z"),
      });
      const sub = this.node("Subscription", "SUB", "Subscription", "ACTIVE", {
        subscriber: `Department ${r.int(1, 40)}`,
      });
      const fr = this.node("FulfillmentRequest", "FR", "Fulfilment", "COMPLETED");
      this.link(offer, "REQUESTED_IN", request);
      this.link(request, "CREATES", sub);
      this.link(request, "DECOMPOSED_INTO", fr);
      this.link(fr, "PROVISIONS", ds);
      this.link(sub, "REALIZED_AS", ds);
    }
    this.contracts.push(contract);
  }

  private readonly contracts: string[] = [];

  /** host -> database -> application -> business service, with monitors, events, incidents and problems. */
  private ciStack(ds: string | null, scale: number, team: string): void {
    const r = this.r;
    const ci = (ciClass: string, name: string) => {
      const id = this.node("ActualServiceCI", "CI", name, r.chance(0.1) ? "DEGRADED" : "OPERATIONAL", {
        ciClass,
        environment: "PRODUCTION",
      });
      if (ds) this.link(ds, "REALIZED_AS", id);
      this.link(team, "OWNS", id);
      return id;
    };
    const business = ci("BUSINESS_SERVICE", "Business service");
    const cis = [business];
    for (let a = r.around(2 * Math.max(0.5, scale), 1); a > 0; a--) {
      const app = ci("APPLICATION", "Application");
      this.link(app, "SUPPORTS", business);
      cis.push(app);
      for (let d = r.int(1, 2); d > 0; d--) {
        const db = ci("DATABASE", "Database");
        this.link(db, "SUPPORTS", app);
        const host = ci("HOST", "Host");
        this.link(host, "SUPPORTS", db);
        cis.push(db, host);
      }
    }
    if (this.contracts.length > 0 && ds)
      this.link(business, "MEASURED_UNDER", this.contracts[this.contracts.length - 1] as string);
    const problems: string[] = [];
    for (let p = r.around(1.5 * scale); p > 0; p--) {
      const problem = this.node("Problem", "PRB", "Problem", this.status("Problem"), {
        knownError: r.chance(0.4),
      });
      problems.push(problem);
      this.link(r.pick(cis), "EXPERIENCED", problem);
      const rfc = this.node("RFC", "RFC", "Change", this.status("RFC"), {
        changeType: this.value("RFC", "changeType"),
        risk: this.value("RFC", "risk"),
      });
      this.link(problem, "RESOLVED_BY", rfc);
      this.link(rfc, "CHANGES", r.pick(cis));
      if (r.chance(0.3)) {
        const ki = this.node("KnowledgeItem", "KB", "Known error article", "PUBLISHED");
        this.link(problem, "DOCUMENTED_IN", ki);
      }
      if (this.backlog.length > 0 && r.chance(FEEDBACK_SHARE))
        this.link(problem, "RAISES_DEMAND", r.pick(this.backlog));
    }
    for (const target of cis) {
      if (!r.chance(0.5)) continue;
      const monitor = this.node("ServiceMonitor", "MON", "Monitor", "ACTIVE", {
        metric: "availability",
        threshold: 99,
      });
      this.link(target, "MONITORED_BY", monitor);
      for (let e = r.around(6 * scale); e > 0; e--) {
        const occurredAt = r.dateTime("2026-01-01T00:00:00Z", "2026-11-22T00:00:00Z");
        const event = this.node("Event", "EV", "Event", this.status("Event", 0.9), {
          category: this.value("Event", "category"),
          severity: this.value("Event", "severity"),
          occurredAt,
        });
        this.link(monitor, "EMITS", event);
        this.link(target, "HAS_EVENT", event);
        if (!r.chance(0.7)) continue;
        const priority = this.value("Incident", "priority", { P2: 2, P3: 3, P4: 2 });
        const incident = this.node("Incident", "INC", "Incident", this.status("Incident", 0.85), {
          priority,
          openedAt: occurredAt,
        });
        this.link(event, "RAISES", incident);
        this.link(target, "EXPERIENCED", incident);
        if (r.chance(0.3)) this.link(r.pick(this.people), "ASSIGNED_TO", incident);
        if (problems.length > 0 && r.chance(0.15)) this.link(incident, "ESCALATED_TO", r.pick(problems));
      }
    }
  }
}
