import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as t from "../../../server/traceability/index.ts";
import { testDriver, uniquePrefix } from "../support/neo4j.ts";
import { context, loadFixture } from "./fixture.ts";

const driver = testDriver();
const p = uniquePrefix();
const viewer = context(driver);
const auditor = context(driver, ["auditor"]);

beforeAll(async () => {
  await loadFixture(driver, p);
});
afterAll(async () => {
  await driver.close();
});

const ids = (nodes: readonly { id: string }[]) => nodes.map((n) => n.id.slice(p.length)).sort();

describe("trace", () => {
  it("finds the approved decision behind an incident, origin first, with the auditor's evidence", async () => {
    const trace = await t.trace(auditor, { id: `${p}INC` });
    expect(trace.found).toBe(true);
    expect(trace.approved).toBe(true);
    // Two equally short paths: through SA/INI and through SA2/INI2.
    expect(trace.paths.map((path) => path.origin.node.id.slice(p.length)).sort()).toEqual(["SA", "SA2"]);
    const viaSa = trace.paths.find((path) => path.origin.node.id === `${p}SA`);
    expect(viaSa?.nodes.map((n) => n.id.slice(p.length))).toEqual([
      "SA",
      "INI",
      "REL",
      "SRB",
      "DS",
      "CI",
      "INC",
    ]);
    expect(viaSa?.length).toBe(6);
    expect(viaSa?.edges[0]).toMatchObject({ type: "AUTHORIZES", from: `${p}SA`, to: `${p}INI` });
    expect(viaSa?.origin.policyIds).toEqual([`${p}POL`]);
    expect(viaSa?.origin.approvals).toEqual([
      {
        party: { id: `${p}ADA`, name: "Party ADA", kind: "PERSON", email: "ada@example.com" },
        at: "2026-02-01T10:00:00Z",
      },
    ]);
    expect(viaSa?.origin.owners.map((o) => o.id)).toEqual([`${p}ADA`]);
  });

  it("gives a viewer the path and the policies but no approvals or owners", async () => {
    const trace = await t.trace(viewer, { id: `${p}INC` });
    const origin = trace.paths.find((path) => path.origin.node.id === `${p}SA`)?.origin;
    expect(origin?.policyIds).toEqual([`${p}POL`]);
    expect(origin?.approvals).toEqual([]);
    expect(origin?.owners).toEqual([]);
  });

  it("reports a broken chain as not found, and where it breaks", async () => {
    const trace = await t.trace(viewer, { id: `${p}INC-ORPHAN` });
    expect(trace).toMatchObject({
      found: false,
      paths: [],
      truncated: false,
      approved: false,
      verdict: "NO_DECISION",
    });
    expect(trace.breaks.map((b) => b.node.id)).toEqual([`${p}ORPHAN`]);
  });

  it("stops at maxDepth", async () => {
    expect((await t.trace(viewer, { id: `${p}INC`, maxDepth: 5 })).found).toBe(false);
  });

  it("traces to another type", async () => {
    const trace = await t.trace(viewer, { id: `${p}INC`, toType: "ServiceRelease" });
    expect(trace.paths.map((x) => x.nodes.map((n) => n.id.slice(p.length)))).toEqual([
      ["REL", "SRB", "DS", "CI", "INC"],
    ]);
    expect(trace.approved).toBe(false);
  });

  it("names an unknown id", async () => {
    await expect(t.trace(viewer, { id: `${p}NOPE` })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: `No data object with id "${p}NOPE" exists.`,
    });
  });
});

describe("lineage", () => {
  it("follows the feedback cycle without visiting a node twice", async () => {
    const graph = await t.lineage(viewer, { id: `${p}INC`, direction: "DOWNSTREAM", maxDepth: 10 });
    expect(ids(graph.nodes)).toEqual(
      ["CI", "EV", "INC", "INI", "PBI", "PRB", "REL", "RFC", "RFC-DONE", "SA", "SRB", "DS"].sort(),
    );
    expect(new Set(graph.nodes.map((n) => n.id)).size).toBe(graph.nodes.length);
    expect(graph.truncated).toBe(false);
    expect(graph.depths[0]).toBe(0);
  });

  it("goes upstream only along lineage links, never through a Party", async () => {
    const graph = await t.lineage(viewer, { id: `${p}SA`, direction: "UPSTREAM", maxDepth: 1 });
    expect(ids(graph.nodes)).toEqual(["PBI", "POL", "SA"]);
    expect(graph.edges.map((e) => e.type).sort()).toEqual(["GOVERNS", "PROPOSED_IN"]);
  });

  it("caps the nodes and says so", async () => {
    const graph = await t.lineage(viewer, { id: `${p}REL`, direction: "BOTH", maxDepth: 10, limit: 3 });
    expect(graph.nodes).toHaveLength(3);
    expect(graph.truncated).toBe(true);
    expect(graph.totalNodes).toBeGreaterThan(3);
  });

  it("filters by type", async () => {
    const graph = await t.lineage(viewer, {
      id: `${p}SA`,
      direction: "DOWNSTREAM",
      maxDepth: 10,
      types: ["Incident"],
    });
    expect(ids(graph.nodes)).toEqual(["INC", "SA"]);
  });
});

describe("accountability is never traversed", () => {
  it("a Party linked to two objects does not connect them in lineage, impact or path", async () => {
    const q = `${p}ACC-`;
    await driver.executeQuery(
      `CREATE (a:Incident:DataObject {id: $q + 'A', name: 'a', status: 'NEW'}),
              (b:Incident:DataObject {id: $q + 'B', name: 'b', status: 'NEW'}),
              (party:Party {id: $q + 'P', name: 'p', status: 'ACTIVE', kind: 'TEAM'}),
              (party)-[:OWNS]->(a), (party)-[:APPROVED {at: datetime()}]->(b), (party)-[:ASSIGNED_TO]->(a)`,
      { q },
    );
    const both = await t.lineage(viewer, { id: `${q}A`, direction: "BOTH", maxDepth: 4 });
    expect(both.nodes.map((n) => n.id)).toEqual([`${q}A`]);
    expect((await t.impact(viewer, { id: `${q}A` })).total).toBe(0);
    expect(await t.path(viewer, { from: `${q}A`, to: `${q}B` })).toBeNull();
  });
});

describe("impact", () => {
  it("counts everything downstream by type and the open work reached", async () => {
    const impact = await t.impact(viewer, { id: `${p}REL` });
    expect(impact.total).toBe(impact.byType.reduce((a, b) => a + b.count, 0));
    expect(impact.byType.find((b) => b.type === "Incident")?.count).toBe(1);
    expect(impact.byType.find((b) => b.type === "ServiceRelease")).toBeUndefined();
    expect(impact.openIncidents).toBe(1);
    expect(impact.openProblems).toBe(1);
    expect(impact.openRFCs).toBe(1);
    expect(impact.truncated).toBe(false);
  });

  it("caps the node list but not the counts", async () => {
    const impact = await t.impact(viewer, { id: `${p}SA`, limit: 2 });
    expect(impact.nodes).toHaveLength(2);
    expect(impact.total).toBeGreaterThan(2);
    expect(impact.truncated).toBe(true);
  });
});

describe("path, search, details, coverage, broken chains", () => {
  it("finds the shortest lineage path either way, or null", async () => {
    const forward = await t.path(viewer, { from: `${p}SA`, to: `${p}EV` });
    // The feedback loop makes EV -> INC -> PRB -> PBI -> SA (4 hops) shorter than SA -> ... -> EV (6 hops).
    expect(forward?.nodes.map((n) => n.id.slice(p.length))).toEqual(["EV", "INC", "PRB", "PBI", "SA"]);
    const backward = await t.path(viewer, { from: `${p}REL`, to: `${p}SA` });
    expect(backward?.nodes.map((n) => n.id.slice(p.length))).toEqual(["SA", "INI", "REL"]);
    expect(backward?.edges.map((e) => e.type)).toEqual(["AUTHORIZES", "DELIVERS"]);
    expect(await t.path(viewer, { from: `${p}ORPHAN`, to: `${p}SA` })).toBeNull();
    expect(await t.path(viewer, { from: `${p}SA`, to: `${p}SA` })).toBeNull();
  });

  it("names an unknown end of a path, `from` before `to`", async () => {
    const unknown = (id: string) => ({
      code: "NOT_FOUND",
      message: `No data object with id "${id}" exists.`,
    });
    await expect(t.path(viewer, { from: `${p}NOPE`, to: `${p}SA` })).rejects.toMatchObject(
      unknown(`${p}NOPE`),
    );
    await expect(t.path(viewer, { from: `${p}SA`, to: `${p}NADA` })).rejects.toMatchObject(
      unknown(`${p}NADA`),
    );
    await expect(t.path(viewer, { from: `${p}NOPE`, to: `${p}NADA` })).rejects.toMatchObject(
      unknown(`${p}NOPE`),
    );
  });

  it("searches ids and names, the exact id first, with typeahead prefixes", async () => {
    const hits = await t.search(viewer, { text: `${p}INC` });
    expect(hits[0]?.id).toBe(`${p}INC`);
    const typed = await t.search(viewer, { text: p.slice(0, 6), types: ["RFC"] });
    expect(typed.every((h) => h.type === "RFC")).toBe(true);
    await expect(t.search(viewer, { text: 'x:"y(' })).resolves.toBeInstanceOf(Array);
  });

  it("shows details with open work, links and (for auditors) accountability", async () => {
    const details = await t.details(auditor, { id: `${p}CI` });
    expect(ids(details.openWork)).toEqual(["INC", "RFC"]);
    expect(details.outgoing.map((e) => e.type).sort()).toEqual(["EXPERIENCED", "HAS_EVENT"]);
    expect(details.incoming.map((e) => e.type).sort()).toEqual(["CHANGES", "REALIZED_AS"]);
    const sa = await t.details(auditor, { id: `${p}SA` });
    expect(sa.approvals.map((a) => a.party.id)).toEqual([`${p}ADA`]);
    expect((await t.details(viewer, { id: `${p}SA` })).approvals).toEqual([]);
  });

  it("lists the orphan incident as a broken chain and counts coverage", async () => {
    const broken = await t.brokenChains(viewer, { type: "Incident", limit: 1000 });
    expect(broken.map((b) => b.id)).toContain(`${p}INC-ORPHAN`);
    expect(broken.map((b) => b.id)).not.toContain(`${p}INC`);
    const coverage = await t.coverage(viewer);
    const incidents = coverage.find((c) => c.type === "Incident");
    expect(incidents?.total).toBeGreaterThanOrEqual(2);
    expect(incidents?.traced).toBeLessThan(incidents?.total ?? 0);
    expect(coverage.filter((c) => c.scope === "TOTAL")).toHaveLength(1);
  });

  it("gives the overview counts", async () => {
    const overview = await t.overview(viewer);
    expect(overview.totalNodes).toBeGreaterThanOrEqual(18);
    expect(overview.counts.find((c) => c.type === "Incident")?.count).toBeGreaterThanOrEqual(2);
    expect(overview.latestP1Incident?.properties.priority).toBe("P1");
  });
});
