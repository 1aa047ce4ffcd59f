import { describe, expect, it } from "vitest";
import { laneLayout } from "../../../client/src/graph/lane-layout.ts";
import { bigGraph, node } from "./make-graph.ts";

describe("laneLayout", () => {
  const graph = {
    nodes: [
      node("INC", "Incident", { depth: 0 }),
      node("SA", "ScopeAgreement", { depth: 3 }),
      node("CI", "ActualServiceCI", { depth: 1 }),
      node("CI2", "ActualServiceCI", { depth: 1 }),
      node("REL", "ServiceRelease", { depth: 2 }),
    ],
    edges: [],
  };

  it("puts lanes left to right in value-chain order: strategy first, operations last", () => {
    const { positions } = laneLayout(graph, { model: "2" });
    const x = (id: string) => positions.get(id)?.x ?? NaN;
    expect(x("SA")).toBeLessThan(x("REL"));
    expect(x("REL")).toBeLessThan(x("CI"));
    expect(x("CI")).toBeLessThan(x("INC"));
    expect(x("CI")).toBe(x("CI2"));
  });

  it("never places two nodes on the same spot and centres columns", () => {
    const { positions } = laneLayout(bigGraph(1000), { model: "2" });
    const spots = new Set([...positions.values()].map((p) => `${p.x},${p.y}`));
    expect(spots.size).toBe(1000);
    const small = laneLayout(graph, { model: "2" }).positions;
    expect(small.get("CI")?.y).toBeDefined();
    expect((small.get("CI")?.y ?? 0) + (small.get("CI2")?.y ?? 0)).toBe(0);
  });

  it("wraps a long lane into several columns", () => {
    const many = { nodes: Array.from({ length: 65 }, (_, i) => node(`E${i}`, "Event")), edges: [] };
    const { positions } = laneLayout(many, { model: "2", maxRows: 30 });
    expect(new Set([...positions.values()].map((p) => p.x)).size).toBe(3);
  });

  it("groups lanes into value-stream bands of either model", () => {
    expect(laneLayout(graph, { model: "2" }).bands.map((b) => b.id)).toEqual(
      ["S2P", "R2D", "R2F", "D2C"].filter((s) => s !== "R2F"),
    );
    expect(laneLayout(graph, { model: "3" }).bands.length).toBeGreaterThanOrEqual(3);
  });
});
