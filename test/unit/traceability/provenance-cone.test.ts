import { describe, expect, it } from "vitest";
import type { GraphEdge, GraphNode } from "../../../server/traceability/graph-elements.ts";
import { missingLinks, readTrace } from "../../../server/traceability/provenance-cone.ts";
import type { ConeEntry } from "../../../server/traceability/provenance-cone.ts";

const node = (id: string, type: string, properties: Record<string, unknown> = {}): GraphNode => ({
  id,
  type,
  name: id,
  status: null,
  valueStream: "D2C",
  valueStream30: "Operate",
  lane: 0,
  properties: { id, ...properties },
});
const edge = (from: string, type: string, to: string): GraphEdge => ({
  id: `${from}-${type}-${to}`,
  type,
  from,
  to,
  role: "PROVENANCE",
  properties: {},
});
const entry = (n: GraphNode, depth: number, via: GraphEdge | null, upstream = 1): ConeEntry => ({
  node: n,
  depth,
  via,
  upstream,
  evidence: n.type === "ScopeAgreement" ? { policyIds: ["POL-1"], approvals: [], owners: [] } : null,
});

describe("readTrace", () => {
  const inc = node("INC", "Incident");
  const ci = node("CI", "ActualServiceCI");
  const rejected = node("SA-R", "ScopeAgreement", { decision: "REJECTED" });
  const approved = node("SA-A", "ScopeAgreement", { decision: "APPROVED" });
  const ini = node("INI", "ITInitiative");
  const ds = node("DS", "DesiredService");

  it("prefers an approved decision over a nearer rejected one, and reports the rejected one as a break", () => {
    const cone = [
      entry(inc, 0, null),
      entry(ci, 1, edge("CI", "EXPERIENCED", "INC")),
      entry(ini, 2, edge("INI", "DELIVERS", "CI")),
      entry(ds, 2, edge("DS", "REALIZED_AS", "CI")),
      entry(rejected, 3, edge("SA-R", "AUTHORIZES", "INI"), 0),
      entry(approved, 4, edge("SA-A", "AUTHORIZES", "DS"), 0),
    ];
    const read = readTrace(cone, { toType: "ScopeAgreement", maxPaths: 10 });
    expect(read.verdict).toBe("APPROVED");
    expect(read.paths.map((p) => p.nodes.map((n) => n.id))).toEqual([["SA-A", "DS", "CI", "INC"]]);
    expect(read.paths[0]?.origin.policyIds).toEqual(["POL-1"]);
    expect(read.breaks).toEqual([]);
  });

  it("says DECISION_NOT_APPROVED with the unapproved decision as the break", () => {
    const cone = [
      entry(inc, 0, null),
      entry(ci, 1, edge("CI", "EXPERIENCED", "INC")),
      entry(rejected, 2, edge("SA-R", "AUTHORIZES", "CI"), 0),
    ];
    const read = readTrace(cone, { toType: "ScopeAgreement", maxPaths: 10 });
    expect(read.verdict).toBe("DECISION_NOT_APPROVED");
    expect(read.paths.map((p) => p.length)).toEqual([2]);
    expect(read.breaks.map((b) => [b.node.id, b.distance, b.missing])).toEqual([
      ["SA-R", 2, "SA-R is a portfolio decision REJECTED, not APPROVED"],
    ]);
  });

  it("says NO_DECISION and names the dead end with the links it lacks", () => {
    const cone = [entry(inc, 0, null), entry(ci, 1, edge("CI", "EXPERIENCED", "INC"), 0)];
    const read = readTrace(cone, { toType: "ScopeAgreement", maxPaths: 10 });
    expect(read.verdict).toBe("NO_DECISION");
    expect(read.paths).toEqual([]);
    expect(read.breaks.map((b) => b.missing)).toEqual([
      "CI realizes no Desired Service and supports no Actual Service CI",
    ]);
  });

  it("an object with no provenance at all is its own dead end", () => {
    const read = readTrace([entry(inc, 0, null, 0)], { toType: "ScopeAgreement", maxPaths: 10 });
    expect(read.verdict).toBe("NO_DECISION");
    expect(read.breaks.map((b) => b.missing)).toEqual([
      "INC happened on no Actual Service CI and is raised by no Event",
    ]);
  });

  it("traces a decision to itself", () => {
    const read = readTrace([entry(approved, 0, null, 0)], { toType: "ScopeAgreement", maxPaths: 10 });
    expect(read.verdict).toBe("APPROVED");
    expect(read.paths.map((p) => p.length)).toEqual([0]);
  });
});

describe("missingLinks", () => {
  it("reads the reversed links from the child's side", () => {
    expect(missingLinks(node("PBI-1", "PortfolioBacklogItem"))).toBe(
      "PBI-1 is proposed in no Scope Agreement",
    );
  });
});
