import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { toApproval, toGraphEdge, toGraphNode } from "../../../server/traceability/graph-elements.ts";
import { toParams, toPlain } from "../../../server/traceability/neo4j-values.ts";

describe("toGraphNode", () => {
  it("places a node from the meta-model and converts Neo4j values to JSON", () => {
    const node = toGraphNode({
      id: "INC-1",
      name: "Payments down",
      status: "NEW",
      priority: "P1",
      impacted: neo4j.int(42),
      openedAt: new neo4j.types.DateTime(2026, 11, 1, 10, 0, 0, 0, 0),
      labels: ["DataObject", "Incident"],
    });
    expect(node).toEqual({
      id: "INC-1",
      type: "Incident",
      name: "Payments down",
      status: "NEW",
      valueStream: "D2C",
      valueStream30: expect.any(String),
      lane: expect.any(Number),
      properties: {
        id: "INC-1",
        name: "Payments down",
        status: "NEW",
        priority: "P1",
        impacted: 42,
        openedAt: "2026-11-01T10:00:00Z",
      },
    });
  });

  it("accepts a driver Node", () => {
    const n = new neo4j.types.Node(
      neo4j.int(1),
      ["ScopeAgreement", "DataObject"],
      { id: "SA-1", name: "D" },
      "e1",
    );
    expect(toGraphNode(n)).toMatchObject({ id: "SA-1", type: "ScopeAgreement", valueStream: "S2P" });
  });

  it("falls back to the id when a node has no name", () => {
    expect(toGraphNode({ id: "X-1", labels: ["DataObject", "Event"] }).name).toBe("X-1");
  });
});

describe("edges and approvals", () => {
  it("maps an edge row", () => {
    expect(
      toGraphEdge({
        id: "r1",
        type: "RAISES",
        from: "EV-1",
        to: "INC-1",
        properties: { weight: neo4j.int(2) },
      }),
    ).toEqual({
      id: "r1",
      type: "RAISES",
      from: "EV-1",
      to: "INC-1",
      role: "PROVENANCE",
      properties: { weight: 2 },
    });
    expect(toGraphEdge({ id: "r2", type: "CHANGES", from: "RFC-1", to: "CI-1" }).role).toBe("OPERATIONAL");
    expect(toGraphEdge({ id: "r3", type: "RAISES_DEMAND", from: "PRB-1", to: "PBI-1" }).role).toBe(
      "FEEDBACK",
    );
  });

  it("maps an approval with its time as ISO 8601", () => {
    expect(
      toApproval({
        party: { id: "P-1", name: "Ada", kind: "PERSON" },
        at: new neo4j.types.DateTime(2026, 1, 2, 9, 0, 0, 0, 0),
      }),
    ).toEqual({ party: { id: "P-1", name: "Ada", kind: "PERSON", email: null }, at: "2026-01-02T09:00:00Z" });
  });
});

describe("Neo4j values", () => {
  it("sends JavaScript integers as Neo4j Integers, deeply, and leaves other values", () => {
    const params = toParams({ limit: 5, ratio: 0.5, ids: ["a"], nested: { depth: 3 } });
    expect(neo4j.isInt(params.limit)).toBe(true);
    expect(params.ratio).toBe(0.5);
    expect(neo4j.isInt((params.nested as { depth: unknown }).depth)).toBe(true);
  });

  it("returns null for missing values and plain values unchanged", () => {
    expect(toPlain(undefined)).toBeNull();
    expect(toPlain({ a: [neo4j.int(1), "x"] })).toEqual({ a: [1, "x"] });
  });
});
