import { describe, expect, it } from "vitest";
import { DATA_OBJECT_TYPES } from "../../../server/model/index.ts";
import { laneLayout } from "../../../client/src/graph/lane-layout.ts";
import { bigGraph, edge, node } from "./make-graph.ts";

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

  // Reading order on the page: shelf by shelf (top to bottom), column by column, then down a column.
  const reading = (layout: ReturnType<typeof laneLayout>, id: string) => {
    const p = layout.positions.get(id);
    const shelf = layout.bands.find((b) => p && p.y > b.y1 && p.y < b.y2 && p.x > b.x1 && p.x < b.x2);
    return p && shelf ? shelf.y1 * 1e12 + p.x * 1e6 + p.y : NaN;
  };

  it("keeps the value chain's reading order: strategy first, operations last", () => {
    for (const viewport of [
      { width: 1600, height: 500 },
      { width: 600, height: 900 },
    ]) {
      const layout = laneLayout(graph, { model: "2", viewport, rows: 3 });
      const { positions } = layout;
      const at = (id: string) => reading(layout, id);
      expect(at("SA")).toBeLessThan(at("REL"));
      expect(at("REL")).toBeLessThan(at("CI"));
      expect(at("CI")).toBeLessThan(at("INC"));
      expect(positions.get("CI")?.x).toBe(positions.get("CI2")?.x);
    }
  });

  it("never places two nodes on the same spot, and each lies inside its value stream's band", () => {
    const big = bigGraph(1000);
    const layout = laneLayout(big, { model: "2" });
    const spots = new Set([...layout.positions.values()].map((p) => `${p.x},${p.y}`));
    expect(spots.size).toBe(1000);
    for (const n of big.nodes) {
      const p = layout.positions.get(n.id);
      const band = layout.bands.find((b) => b.id === n.valueStream);
      expect(band && p && p.x > band.x1 && p.x < band.x2 && p.y > band.y1 && p.y < band.y2).toBe(true);
    }
    const sorted = [...layout.bands].sort((a, b) => a.x1 - b.x1);
    sorted.slice(1).forEach((b, i) => expect(b.x1).toBeGreaterThan((sorted[i] as { x2: number }).x2));
  });

  it("shapes the picture to the canvas: a wide canvas gets a wide picture, a tall one a tall picture", () => {
    const big = bigGraph(120);
    const wide = laneLayout(big, { model: "2", viewport: { width: 1800, height: 500 } });
    const tall = laneLayout(big, { model: "2", viewport: { width: 500, height: 1800 } });
    expect(wide.width / wide.height).toBeGreaterThan(tall.width / tall.height);
  });

  it("fits 60 objects of 15 types in a 1000×800 canvas at full size (labels at their 11 px)", () => {
    const viewport = { width: 1000, height: 800 };
    const types = DATA_OBJECT_TYPES.filter((_, i) => i % 2 === 0).slice(0, 15);
    const nodes = Array.from({ length: 60 }, (_, i) =>
      node(`N${i}`, (types[i % 15] as { name: string }).name),
    );
    const layout = laneLayout({ nodes, edges: [] }, { model: "2", viewport });
    const zoom = Math.min((viewport.width - 40) / layout.width, (viewport.height - 40) / layout.height);
    expect(zoom).toBeGreaterThanOrEqual(1);
  });

  it("orders a lane by its neighbours, so two links between two lanes do not cross", () => {
    const crossing = {
      nodes: [
        node("A1", "Requirement"),
        node("A2", "Requirement"),
        node("B1", "ServiceRelease"),
        node("B2", "ServiceRelease"),
      ],
      edges: [edge("A1", "REALIZED_BY", "B2"), edge("A2", "REALIZED_BY", "B1")],
    };
    const { positions } = laneLayout(crossing, { model: "2", rows: 20 });
    const y = (id: string) => positions.get(id)?.y ?? NaN;
    expect(Math.sign(y("A1") - y("A2"))).toBe(Math.sign(y("B2") - y("B1")));
  });

  it("wraps a long lane into several columns, repeating its heading", () => {
    const many = { nodes: Array.from({ length: 65 }, (_, i) => node(`E${i}`, "Event")), edges: [] };
    const layout = laneLayout(many, { model: "2", rows: 30 });
    // 30 rows: a heading and 29 events per column → 29 + 29 + 7.
    expect(new Set([...layout.positions.values()].map((p) => p.x)).size).toBe(3);
    expect(layout.lanes.map((l) => l.continued)).toEqual([false, true, true]);
    expect(layout.lanes[0]?.count).toBe(65);
  });

  it("groups lanes into value-stream bands of either model", () => {
    expect(laneLayout(graph, { model: "2" }).bands.map((b) => b.id)).toEqual(
      ["S2P", "R2D", "R2F", "D2C"].filter((s) => s !== "R2F"),
    );
    expect(laneLayout(graph, { model: "3" }).bands.length).toBeGreaterThanOrEqual(3);
  });
});
