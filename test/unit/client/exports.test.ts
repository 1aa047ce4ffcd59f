import { describe, expect, it } from "vitest";
import { exportFile, nodesCsv } from "../../../client/src/graph/export-file.ts";
import { dateKeysOf } from "../../../client/src/graph/trace-export.ts";
import { viewPipeline } from "../../../client/src/graph/view-pipeline.ts";
import { DEFAULT_STATE } from "../../../client/src/graph/url-state.ts";
import { DATA_OBJECT_TYPES } from "../../../server/model/index.ts";
import { bigGraph, node } from "./make-graph.ts";

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
