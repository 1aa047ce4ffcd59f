import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEstate } from "../../../seed/index.ts";
import type { GraphDocument } from "../../../seed/index.ts";
import { COUNTED_TYPE_NAMES } from "../../../server/model/index.ts";
import * as t from "../../../server/traceability/index.ts";
import { testDriver, uniquePrefix } from "../support/neo4j.ts";
import { builders, context, useGeneratedEstate } from "./fixture.ts";

/**
 * Provenance an auditor can trust, on an estate written for it: the trace follows the service backbone and
 * never a shortcut through a change or the feedback loop; coverage and broken chains agree with it.
 */
const driver = testDriver();
const p = uniquePrefix();
const viewer = context(driver);
const auditor = context(driver, ["auditor"]);
const id = (s: string) => `${p}${s}`;
const short = (nodes: readonly { id: string }[]) => nodes.map((n) => n.id.slice(p.length));

function estate(): GraphDocument {
  const { n, r } = builders(p);
  return {
    nodes: [
      n("ScopeAgreement", "SA-A", "DECIDED", { decision: "APPROVED" }),
      n("ScopeAgreement", "SA-REJ", "DECIDED", { decision: "REJECTED" }),
      n("ITInitiative", "INI-A", "COMPLETED"),
      n("ITInitiative", "INI-R", "ACTIVE"),
      n("ServiceRelease", "REL-A", "RELEASED"),
      n("ServiceRelease", "REL-R", "RELEASED"),
      n("ServiceReleaseBlueprint", "SRB-A", "ACTIVE"),
      n("DesiredService", "DS-A", "ACTIVE"),
      n("ActualServiceCI", "CI-BIZ", "OPERATIONAL", { ciClass: "BUSINESS_SERVICE" }),
      n("ActualServiceCI", "CI-COMP", "OPERATIONAL", { ciClass: "DATABASE" }),
      n("ActualServiceCI", "CI-SHADOW", "OPERATIONAL", { ciClass: "HOST" }),
      n("RFC", "RFC-PATCH", "IMPLEMENTED"),
      n("Incident", "INC-SHADOW", "NEW", { priority: "P2" }),
      n("Incident", "INC-COMP", "NEW", { priority: "P1" }),
      n("Problem", "PRB-A", "INVESTIGATING"),
      n("PortfolioBacklogItem", "PBI-R", "PROPOSED"),
      n("PortfolioBacklogItem", "PBI-A", "ACCEPTED"),
      n("ConceptualService", "CS-A", "ACTIVE"),
      n("LogicalService", "LS-A", "ACTIVE"),
      n("ServiceCatalogEntry", "SCE-A", "PUBLISHED"),
      n("Offer", "OFF-A", "ACTIVE"),
      n("ServiceRequest", "SREQ-A", "FULFILLED"),
      n("Subscription", "SUB-A", "ACTIVE"),
      n("DesiredService", "DS-CAT", "ACTIVE"),
      n("ActualServiceCI", "CI-CAT", "OPERATIONAL", { ciClass: "APPLICATION" }),
      n("Incident", "INC-CAT", "NEW", { priority: "P3" }),
      n("Policy", "POL-A", "ACTIVE"),
    ],
    relationships: [
      // The approved backbone, with a component CI supporting the business-service CI.
      r("SA-A", "AUTHORIZES", "INI-A"),
      r("INI-A", "DELIVERS", "REL-A"),
      r("REL-A", "HAS_BLUEPRINT", "SRB-A"),
      r("SRB-A", "INSTANTIATED_AS", "DS-A"),
      r("DS-A", "REALIZED_AS", "CI-BIZ"),
      r("CI-COMP", "SUPPORTS", "CI-BIZ"),
      r("CI-COMP", "EXPERIENCED", "INC-COMP"),
      r("POL-A", "GOVERNS", "SA-A"),
      // (a) A shadow server no decision authorized, patched by a change the approved initiative requested.
      r("INI-A", "REQUESTS_CHANGE", "RFC-PATCH"),
      r("RFC-PATCH", "CHANGES", "CI-SHADOW"),
      r("CI-SHADOW", "EXPERIENCED", "INC-SHADOW"),
      // (b) Downstream of the approved decision only through problem -> demand -> proposal -> authorizes.
      r("CI-BIZ", "EXPERIENCED", "PRB-A"),
      r("PRB-A", "RAISES_DEMAND", "PBI-R"),
      r("PBI-R", "PROPOSED_IN", "SA-REJ"),
      r("SA-REJ", "AUTHORIZES", "INI-R"),
      r("INI-R", "DELIVERS", "REL-R"),
      // The design layer: demand proposed in the approved decision targets the conceptual service.
      r("PBI-A", "PROPOSED_IN", "SA-A"),
      r("PBI-A", "TARGETS", "CS-A"),
      r("CS-A", "REALIZED_BY", "LS-A"),
      r("LS-A", "RELEASED_AS", "REL-R"),
      // (d) The request/catalog route to a desired service that no blueprint instantiated directly.
      r("SRB-A", "PUBLISHED_AS", "SCE-A"),
      r("SCE-A", "OFFERED_AS", "OFF-A"),
      r("OFF-A", "REQUESTED_IN", "SREQ-A"),
      r("SREQ-A", "CREATES", "SUB-A"),
      r("SUB-A", "REALIZED_AS", "DS-CAT"),
      r("DS-CAT", "REALIZED_AS", "CI-CAT"),
      r("CI-CAT", "EXPERIENCED", "INC-CAT"),
    ],
  };
}

/** Every broken chain of a type, through all pages. */
async function allBroken(type: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  let after: string | null = null;
  for (;;) {
    const page: Awaited<ReturnType<typeof t.brokenChainsPage>> = await t.brokenChainsPage(viewer, {
      type,
      first: 1000,
      after,
    });
    for (const e of page.edges) found.set(e.node.node.id, e.node.reason);
    if (!page.pageInfo.hasNextPage) return found;
    after = page.pageInfo.endCursor;
  }
}

beforeAll(async () => {
  await loadEstate(driver, { estate: estate() });
});
afterAll(async () => {
  await driver.executeQuery("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p });
  await driver.close();
});

describe("trace follows provenance only", () => {
  it("(a) does not certify a shadow server through the patch RFC of an approved initiative", async () => {
    const trace = await t.trace(auditor, { id: id("INC-SHADOW") });
    expect(trace).toMatchObject({ found: false, approved: false, verdict: "NO_DECISION", counted: true });
    expect(trace.paths).toEqual([]);
    expect(trace.breaks.map((b) => [short([b.node])[0], b.distance, b.missing])).toEqual([
      ["CI-SHADOW", 1, `${id("CI-SHADOW")} realizes no Desired Service and supports no Actual Service CI`],
    ]);
    expect((await allBroken("Incident")).get(id("INC-SHADOW"))).toBe("NO_DECISION");
  });

  it("(b) a release authorized only by a rejected decision is not covered, whatever loops lead to it", async () => {
    const trace = await t.trace(viewer, { id: id("REL-R") });
    expect(trace).toMatchObject({ found: true, approved: false, verdict: "DECISION_NOT_APPROVED" });
    expect(short(trace.paths[0]?.nodes ?? [])).toEqual(["SA-REJ", "INI-R", "REL-R"]);
    expect(trace.breaks.map((b) => short([b.node])[0])).toEqual(["SA-REJ"]);
    expect(trace.breaks[0]?.missing).toBe(`${id("SA-REJ")} is a portfolio decision REJECTED, not APPROVED`);
    expect((await allBroken("ServiceRelease")).get(id("REL-R"))).toBe("DECISION_NOT_APPROVED");
    expect((await allBroken("ITInitiative")).get(id("INI-R"))).toBe("DECISION_NOT_APPROVED");
    // Lineage still connects them: impact answers "what could break", not "who authorized".
    const impact = await t.impact(viewer, { id: id("SA-A"), maxDepth: 12 });
    expect(impact.nodes.map((x) => x.id)).toContain(id("REL-R"));
  });

  it("(c) traces an incident on a component CI through the business-service CI it supports", async () => {
    const trace = await t.trace(auditor, { id: id("INC-COMP") });
    expect(trace).toMatchObject({ found: true, approved: true, verdict: "APPROVED", breaks: [] });
    expect(short(trace.paths[0]?.nodes ?? [])).toEqual([
      "SA-A",
      "INI-A",
      "REL-A",
      "SRB-A",
      "DS-A",
      "CI-BIZ",
      "CI-COMP",
      "INC-COMP",
    ]);
    expect(trace.paths[0]?.edges.map((e) => [e.type, e.role])).toEqual([
      ["AUTHORIZES", "PROVENANCE"],
      ["DELIVERS", "PROVENANCE"],
      ["HAS_BLUEPRINT", "PROVENANCE"],
      ["INSTANTIATED_AS", "PROVENANCE"],
      ["REALIZED_AS", "PROVENANCE"],
      ["SUPPORTS", "PROVENANCE"],
      ["EXPERIENCED", "PROVENANCE"],
    ]);
    expect(trace.paths[0]?.origin.policyIds).toEqual([id("POL-A")]);
    expect((await allBroken("Incident")).has(id("INC-COMP"))).toBe(false);
  });

  it("(d) accepts the request/catalog route to a desired service", async () => {
    const trace = await t.trace(viewer, { id: id("INC-CAT") });
    expect(trace.approved).toBe(true);
    expect(short(trace.paths[0]?.nodes ?? [])).toEqual([
      "SA-A",
      "INI-A",
      "REL-A",
      "SRB-A",
      "SCE-A",
      "OFF-A",
      "SREQ-A",
      "SUB-A",
      "DS-CAT",
      "CI-CAT",
      "INC-CAT",
    ]);
  });

  it("authorizes the design layer through the demand proposed in the decision", async () => {
    const trace = await t.trace(viewer, { id: id("LS-A") });
    expect(trace.approved).toBe(true);
    expect(short(trace.paths[0]?.nodes ?? [])).toEqual(["SA-A", "PBI-A", "CS-A", "LS-A"]);
    expect(trace.paths[0]?.edges[0]).toMatchObject({
      type: "PROPOSED_IN",
      from: id("PBI-A"),
      to: id("SA-A"),
    });
    const decision = await t.trace(viewer, { id: id("SA-A") });
    expect(decision).toMatchObject({ approved: true, verdict: "APPROVED" });
    expect(decision.paths[0]?.length).toBe(0);
  });

  it("says which types coverage does not count, and why", async () => {
    const trace = await t.trace(viewer, { id: id("POL-A") });
    expect(trace).toMatchObject({ counted: false, approved: false, verdict: "NO_DECISION" });
    expect(trace.notCountedReason).toMatch(/no portfolio decision creates them/);
    const report = await t.coverageReport(viewer);
    expect(report.rows.find((r) => r.type === "Policy")).toBeUndefined();
    expect(report.notCounted.map((x) => x.type)).toContain("Policy");
    await expect(t.brokenChainsPage(viewer, { type: "Policy" })).rejects.toMatchObject({
      code: "BAD_USER_INPUT",
    });
  });
});

describe("an existing object is never NOT_FOUND", () => {
  it("answers an object with nothing in the asked direction with the root and an empty result", async () => {
    const impact = await t.impact(viewer, { id: id("INC-SHADOW") });
    expect(impact).toMatchObject({ total: 0, nodes: [], edges: [], byType: [] });
    expect(impact.root.id).toBe(id("INC-SHADOW"));
    const up = await t.lineage(viewer, { id: id("POL-A"), direction: "UPSTREAM" });
    expect(short(up.nodes)).toEqual(["POL-A"]);
    expect(up).toMatchObject({ edges: [], totalNodes: 1, truncated: false });
    const trace = await t.trace(viewer, { id: id("CI-SHADOW") });
    expect(trace).toMatchObject({ found: false, verdict: "NO_DECISION" });
    expect(trace.breaks[0]?.node.id).toBe(id("CI-SHADOW"));
  });

  it("keeps NOT_FOUND for ids that do not exist", async () => {
    for (const call of [
      () => t.impact(viewer, { id: id("NOPE") }),
      () => t.lineage(viewer, { id: id("NOPE") }),
      () => t.trace(viewer, { id: id("NOPE") }),
    ]) {
      await expect(call()).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });
});

describe("coverage agrees with the trace", () => {
  const generated = useGeneratedEstate(driver, uniquePrefix(), { scale: 400, seed: 11 });

  it("lists an object as a broken chain exactly when its trace is not approved", async () => {
    let checked = 0;
    const disagreements: string[] = [];
    for (const type of COUNTED_TYPE_NAMES) {
      const broken = await allBroken(type);
      for (const node of generated.nodes.filter((n) => n.type === type)) {
        const trace = await t.trace(viewer, { id: node.id });
        checked++;
        if (trace.approved === broken.has(node.id))
          disagreements.push(`${node.id} approved=${trace.approved}`);
        else if (!trace.approved && broken.get(node.id) !== trace.verdict)
          disagreements.push(`${node.id} reason ${broken.get(node.id)} vs ${trace.verdict}`);
      }
    }
    expect(disagreements).toEqual([]);
    expect(checked).toBeGreaterThan(300);
  });

  it("counts per type exactly the objects whose trace says approved", async () => {
    const report = await t.coverageReport(viewer);
    for (const row of report.rows.filter((r) => r.scope === "TYPE")) {
      const broken = await allBroken(row.type as string);
      expect(row.total - broken.size, row.type ?? "").toBe(row.traced);
    }
    const total = report.rows.find((r) => r.scope === "TOTAL");
    expect(total?.traced).toBeLessThan(total?.total ?? 0);
    expect(total?.traced).toBeGreaterThan(0);
  });
});
