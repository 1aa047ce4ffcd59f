import { describe, expect, it } from "vitest";
import { exportCaption } from "../../../client/src/graph/export-caption.ts";
import { exportFile, nodesCsv } from "../../../client/src/graph/export-file.ts";
import { typeStyle } from "../../../client/src/graph/legend.ts";
import { graphSvg, shapeSvg } from "../../../client/src/graph/svg-export.ts";
import { dateKeysOf } from "../../../client/src/graph/trace-export.ts";
import { viewPipeline } from "../../../client/src/graph/view-pipeline.ts";
import { DEFAULT_STATE } from "../../../client/src/graph/url-state.ts";
import { DATA_OBJECT_TYPES } from "../../../server/model/index.ts";
import { bigGraph, edge, node } from "./make-graph.ts";

describe("graph exports", () => {
  it("writes the drawn objects as CSV through the one CSV writer, formula cells neutralised", () => {
    const graph = {
      nodes: [node("INC-1", "Incident", { name: '=HYPERLINK("x")', status: null })],
      edges: [],
    };
    expect(nodesCsv(graph)).toBe('id,type,name,status\r\nINC-1,Incident,"\'=HYPERLINK(""x"")",\r\n');
  });

  it("exports the graph itself when the view has no trace or impact", () => {
    const graph = { nodes: [node("A", "Event")], edges: [] };
    const input = {
      name: "lineage-A",
      title: "t",
      caption: "1 object, 0 links · exported 2026-12-02 03:00 UTC",
      graph,
      highlighted: new Set<string>(),
      positions: new Map(),
    };
    const csv = exportFile("csv", { ...input, trace: null, impact: null });
    expect(csv).toMatchObject({ filename: "lineage-A.csv", mime: "text/csv" });
    expect(csv.body).toContain("A,Event");
    const json = exportFile("json", { ...input, trace: null, impact: null });
    expect(JSON.parse(json.body)).toEqual(graph);
  });

  it("captions an exported picture with the view's verdict or reach and the export time", () => {
    const at = new Date("2026-12-02T03:04:05Z");
    const found = { found: true, approved: true, paths: [{ origin: { node: { id: "SA-1" } } }] };
    expect(
      exportCaption({ view: "trace", trace: found as never, impact: null, objects: 3, links: 2, at }),
    ).toBe("Traced to an approved portfolio decision: SA-1. · exported 2026-12-02 03:04 UTC");
    const broken = { found: false, approved: false, paths: [] };
    expect(
      exportCaption({ view: "trace", trace: broken as never, impact: null, objects: 1, links: 0, at }),
    ).toMatch(/^No approved decision found — broken chain\./);
    expect(exportCaption({ view: "lineage", trace: null, impact: null, objects: 1, links: 1, at })).toBe(
      "1 object, 1 link · exported 2026-12-02 03:04 UTC",
    );
  });

  it("draws each type's own shape in the SVG, as the canvas does, with the caption and the link roles", () => {
    const graph = {
      nodes: [node("SA", "ScopeAgreement"), node("INC", "Incident")],
      edges: [edge("SA", "AUTHORIZES", "INC")],
    };
    const positions = new Map([
      ["SA", { x: 0, y: 0 }],
      ["INC", { x: 200, y: 0 }],
    ]);
    const svg = graphSvg(graph, positions, { title: "T", caption: "Traced · exported" });
    expect(svg).toContain(">Traced · exported</text>");
    for (const n of graph.nodes) {
      const shape = typeStyle(n.type).shape;
      expect(svg).toContain(shapeSvg(shape, 0, 0, 6, "x").split(" ")[0]);
    }
    expect(svg).toContain("link</text>");
    expect(shapeSvg("diamond", 0, 0, 10, "")).toMatch(/^<polygon/);
    expect(shapeSvg("ellipse", 0, 0, 10, "")).toMatch(/^<circle/);
  });

  it("reads each type's date attributes from the meta-model", () => {
    expect(dateKeysOf("ScopeAgreement")).toEqual(["decidedAt"]);
    expect(dateKeysOf("Incident")[0]).toBe("openedAt");
    const dated = DATA_OBJECT_TYPES.filter((t) => dateKeysOf(t.name).length > 0).map((t) => t.name);
    expect(dated).toEqual(expect.arrayContaining(["ServiceRelease", "Event", "RFC", "Build"]));
    expect(dateKeysOf("NoSuchType")).toEqual([]);
  });
});

describe("view pipeline", () => {
  it("groups, filters, lays out and builds elements without touching its input", () => {
    const graph = bigGraph(200);
    const before = JSON.stringify(graph);
    const state = { ...DEFAULT_STATE, root: "N0" };
    const view = viewPipeline({ graph, trace: null, state, selected: null });
    expect(JSON.stringify(graph)).toBe(before);
    expect(view.layout).not.toBeNull();
    expect(view.elements.some((e) => e.data.id === "N0")).toBe(true);
    const force = viewPipeline({ graph, trace: null, state: { ...state, layout: "force" }, selected: null });
    expect(force.layout).toBeNull();
  });
});
