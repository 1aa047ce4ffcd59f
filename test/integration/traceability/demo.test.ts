import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hopChains } from "../../../client/src/graph/hop-chains.ts";
import { openStatuses } from "../../../server/model/index.ts";
import { demoEstate, loadEstate } from "../../../seed/index.ts";
import * as t from "../../../server/traceability/index.ts";
import { testDriver } from "../support/neo4j.ts";
import { context } from "./fixture.ts";

/** The README's demo story, as an auditor reads it, on the demo estate itself. */
const driver = testDriver();
const viewer = context(driver);
const estate = demoEstate();

beforeAll(async () => {
  await loadEstate(driver, { estate });
});
afterAll(async () => {
  await driver.executeQuery("UNWIND $ids AS id MATCH (n {id: id}) DETACH DELETE n", {
    ids: estate.nodes.map((n) => n.id),
  });
  await driver.close();
});

describe("the demo estate", () => {
  it("traces INC-1042 to SA-2026-01 through the service backbone", async () => {
    const trace = await t.trace(viewer, { id: "INC-1042" });
    expect(trace).toMatchObject({ approved: true, verdict: "APPROVED", breaks: [] });
    expect(trace.paths.map((p) => p.nodes.map((n) => n.id))).toContainEqual([
      "SA-2026-01",
      "INI-301",
      "REL-PAY-2.0",
      "SRB-PAY-2.0-PROD",
      "DS-PAY-PROD",
      "CI-PAY-DB",
      "INC-1042",
    ]);
    expect(trace.paths.every((p) => p.edges.every((e) => e.role === "PROVENANCE"))).toBe(true);
  });

  it("keeps INC-1043 broken although an approved initiative's patch RFC changed its CI, and says where", async () => {
    const trace = await t.trace(viewer, { id: "INC-1043" });
    expect(trace).toMatchObject({ found: false, approved: false, verdict: "NO_DECISION", paths: [] });
    expect(trace.breaks.map((b) => [b.node.id, b.missing])).toEqual([
      ["CI-LEGACY-FTP", "CI-LEGACY-FTP realizes no Desired Service and supports no Actual Service CI"],
    ]);
    const lineage = await t.lineage(viewer, { id: "CI-LEGACY-FTP", direction: "UPSTREAM", maxDepth: 2 });
    expect(lineage.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(["RFC-548", "INI-301"]));
    expect(lineage.edges.find((e) => e.type === "CHANGES")?.role).toBe("OPERATIONAL");
    expect(await t.brokenChains(viewer, { type: "Incident", limit: 1000 })).toContainEqual(
      expect.objectContaining({ id: "INC-1043" }),
    );
  });

  it("answers the impact of INC-1043, the upstream lineage of POL-003 and the trace of CI-LEGACY-FTP", async () => {
    const impact = await t.impact(viewer, { id: "INC-1043" });
    expect(impact.root.id).toBe("INC-1043");
    const up = await t.lineage(viewer, { id: "POL-003", direction: "UPSTREAM" });
    expect(up.nodes.map((n) => n.id)).toEqual(["POL-003"]);
    const trace = await t.trace(viewer, { id: "CI-LEGACY-FTP" });
    expect(trace).toMatchObject({ found: false, verdict: "NO_DECISION" });
    expect(trace.breaks[0]?.node.id).toBe("CI-LEGACY-FTP");
  });

  it("keeps the feedback loop in lineage, marked as feedback", async () => {
    const graph = await t.lineage(viewer, { id: "PRB-77", direction: "DOWNSTREAM", maxDepth: 2 });
    const loop = graph.edges.find((e) => e.type === "RAISES_DEMAND");
    expect(loop).toMatchObject({ from: "PRB-77", to: "PBI-104", role: "FEEDBACK" });
  });

  it("counts each object's open work one link away in the same lineage and impact answers", async () => {
    const byId = new Map(estate.nodes.map((n) => [n.id, n]));
    const open = (id: string, type: string) => {
      const n = byId.get(id);
      return n?.type === type && openStatuses(type).includes(String(n.status));
    };
    // The oracle: the estate document itself, work items linked to the object either way, each once.
    const expected = (id: string) => {
      const neighbours = new Set(
        estate.relationships.flatMap((r) => (r.from === id ? [r.to] : r.to === id ? [r.from] : [])),
      );
      const count = (type: string) => [...neighbours].filter((n) => open(n, type)).length;
      const urgentWork = (n: string) =>
        (open(n, "Incident") || open(n, "Problem")) &&
        ["P1", "P2"].includes(String(byId.get(n)?.properties?.priority));
      return {
        incidents: count("Incident"),
        problems: count("Problem"),
        changes: count("RFC"),
        urgent: urgentWork(id) || [...neighbours].some(urgentWork),
      };
    };
    const lineage = await t.lineage(viewer, { id: "CI-PAY-DB", maxDepth: 2, withOpenWork: true });
    expect(lineage.nodes.length).toBeGreaterThan(5);
    for (const node of lineage.nodes) expect(node.openWork, node.id).toEqual(expected(node.id));
    const ci = lineage.nodes.find((n) => n.id === "CI-PAY-DB");
    expect(
      (ci?.openWork?.incidents ?? 0) + (ci?.openWork?.problems ?? 0) + (ci?.openWork?.changes ?? 0),
    ).toBeGreaterThan(0);
    const impact = await t.impact(viewer, { id: "SA-2026-01", withOpenWork: true });
    for (const node of [impact.root, ...impact.nodes])
      expect(node.openWork, node.id).toEqual(expected(node.id));
    expect((await t.lineage(viewer, { id: "CI-PAY-DB", maxDepth: 2 })).nodes[0]?.openWork).toBeUndefined();
  });

  it("says why an object is in an impact or lineage answer with the chain that answer's walk took", async () => {
    const impact = await t.impact(viewer, { id: "SA-2026-01" });
    const chain = hopChains("SA-2026-01", [impact.root, ...impact.nodes], impact.edges).find(
      (c) => c.node.id === "INC-1042",
    );
    const why = await t.whyHere(viewer, {
      root: "SA-2026-01",
      id: "INC-1042",
      direction: "DOWNSTREAM",
      maxDepth: 10,
    });
    expect(why?.nodes.map((n) => n.id)).toEqual(chain?.chain.map((c) => c.id));
    expect(why?.edges.map((e) => e.type)).toEqual(chain?.chain.slice(1).map((c) => c.via));
    const lineage = await t.lineage(viewer, { id: "CI-PAY-DB", direction: "BOTH", maxDepth: 2 });
    for (const [i, node] of lineage.nodes.entries()) {
      const path = await t.whyHere(viewer, {
        root: "CI-PAY-DB",
        id: node.id,
        direction: "BOTH",
        maxDepth: 2,
      });
      expect(path?.length, node.id).toBe(lineage.depths[i]);
      expect(path?.nodes.at(-1)?.id).toBe(node.id);
    }
    expect(
      await t.whyHere(viewer, { root: "INC-1042", id: "SA-2026-01", direction: "DOWNSTREAM", maxDepth: 3 }),
    ).toBeNull();
    await expect(t.whyHere(viewer, { root: "SA-2026-01", id: "NO-SUCH-OBJECT" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
