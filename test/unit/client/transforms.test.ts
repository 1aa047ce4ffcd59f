import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "../../../client/src/graph/csv.ts";
import { filterGraph, NO_FILTER } from "../../../client/src/graph/filter-graph.ts";
import { subgraphToView, traceHighlight, traceToView } from "../../../client/src/graph/from-results.ts";
import { groupId, groupNeighbours } from "../../../client/src/graph/group-neighbours.ts";
import { chainText, hopChains } from "../../../client/src/graph/hop-chains.ts";
import { laneLayout } from "../../../client/src/graph/lane-layout.ts";
import { TYPE_STYLES, typeStyle } from "../../../client/src/graph/legend.ts";
import { mergeGraphs } from "../../../client/src/graph/merge-graphs.ts";
import { graphSvg } from "../../../client/src/graph/svg-export.ts";
import { elementsSignature, toElements } from "../../../client/src/graph/to-elements.ts";
import { evidenceRows, traceCsv } from "../../../client/src/graph/trace-export.ts";
import type { TraceResult } from "../../../client/src/graph/types.ts";
import { DATA_OBJECT_TYPES } from "../../../server/model/index.ts";
import { edge, node } from "./make-graph.ts";

describe("legend", () => {
  it("has every meta-model type once, in lane order, each with a colour and shape", () => {
    expect(TYPE_STYLES.map((s) => s.type).sort()).toEqual(DATA_OBJECT_TYPES.map((t) => t.name).sort());
    expect(TYPE_STYLES.map((s) => s.lane)).toEqual([...TYPE_STYLES.map((s) => s.lane)].sort((a, b) => a - b));
    expect(typeStyle("Incident").colour).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe("groupNeighbours", () => {
  const ds = node("DS", "DesiredService");
  const cis = Array.from({ length: 25 }, (_, i) => node(`CI${i}`, "ActualServiceCI"));
  const graph = { nodes: [ds, ...cis], edges: cis.map((c) => edge("DS", "REALIZED_AS", c.id)) };

  it("folds more than `threshold` same-type leaves into one group node", () => {
    const grouped = groupNeighbours(graph, { threshold: 20, expanded: new Set() });
    expect(grouped.nodes.map((n) => n.id)).toEqual(["DS", groupId("DS", "out", "ActualServiceCI")]);
    expect(grouped.nodes[1]?.members).toHaveLength(25);
    expect(grouped.edges).toEqual([
      {
        id: `${groupId("DS", "out", "ActualServiceCI")}:edge`,
        type: "REALIZED_AS",
        role: "PROVENANCE",
        from: "DS",
        to: groupId("DS", "out", "ActualServiceCI"),
      },
    ]);
  });

  it("leaves small sets, expanded groups and linked members alone", () => {
    expect(groupNeighbours(graph, { threshold: 30, expanded: new Set() })).toBe(graph);
    expect(
      groupNeighbours(graph, { threshold: 20, expanded: new Set([groupId("DS", "out", "ActualServiceCI")]) }),
    ).toBe(graph);
    const linked = {
      ...graph,
      edges: [...graph.edges, ...cis.slice(0, 10).map((c) => edge(c.id, "HAS_EVENT", "EV"))],
      nodes: [...graph.nodes, node("EV", "Event")],
    };
    const grouped = groupNeighbours(linked, { threshold: 10, expanded: new Set() });
    expect(grouped.nodes.find((n) => n.members)?.members).toHaveLength(15);
  });
});

describe("filterGraph", () => {
  const graph = {
    nodes: [
      node("SA", "ScopeAgreement"),
      node("INC", "Incident", { status: "NEW" }),
      node("EV", "Event", { status: "CLOSED" }),
    ],
    edges: [edge("EV", "RAISES", "INC")],
  };
  it("hides what does not match, always keeping the root", () => {
    const { graph: hidden } = filterGraph(
      graph,
      { ...NO_FILTER, types: ["Incident"], mode: "hide" },
      { model: "2", root: "SA" },
    );
    expect(hidden.nodes.map((n) => n.id)).toEqual(["SA", "INC"]);
    expect(hidden.edges).toEqual([]);
  });
  it("dims instead when asked, and filters by stream, status and relationship", () => {
    const { dimmed } = filterGraph(
      graph,
      { ...NO_FILTER, streams: ["D2C"], statuses: ["NEW"] },
      { model: "2" },
    );
    expect([...dimmed].sort()).toEqual(["EV", "EV-RAISES-INC", "SA"]);
    const rel = filterGraph(graph, { ...NO_FILTER, relationships: ["GOVERNS"] }, { model: "2" });
    expect([...rel.dimmed]).toEqual(["EV-RAISES-INC"]);
  });
});

describe("mergeGraphs and results", () => {
  it("keeps each node once with its smallest depth", () => {
    const merged = mergeGraphs([
      { nodes: [node("A", "Event", { depth: 2 })], edges: [edge("A", "RAISES", "B")] },
      {
        nodes: [node("A", "Event", { depth: 1 }), node("B", "Incident", { depth: 0 })],
        edges: [edge("A", "RAISES", "B")],
      },
    ]);
    expect(merged.nodes.map((n) => [n.id, n.depth])).toEqual([
      ["A", 1],
      ["B", 0],
    ]);
    expect(merged.edges).toHaveLength(1);
  });

  it("turns a lineage result into a graph with depths", () => {
    const view = subgraphToView({
      nodes: [node("A", "Event"), node("B", "Incident")],
      edges: [],
      depths: [0, 1],
    });
    expect(view.nodes.map((n) => n.depth)).toEqual([0, 1]);
  });
});

const trace: TraceResult = {
  found: true,
  truncated: false,
  approved: true,
  verdict: "APPROVED" as TraceResult["verdict"],
  breaks: [],
  paths: [
    {
      nodes: [
        node("SA", "ScopeAgreement", { properties: { decidedAt: "2026-02-11T09:00:00Z" } }),
        node("INI", "ITInitiative"),
        node("INC", "Incident", { properties: { openedAt: "2026-11-22T19:45:00Z" } }),
      ],
      edges: [edge("SA", "AUTHORIZES", "INI"), edge("INI", "DELIVERS", "INC")],
      length: 2,
      origin: {
        node: node("SA", "ScopeAgreement"),
        policyIds: ["POL-1"],
        approvals: [
          {
            party: { id: "P", name: "Priya, board", kind: "PERSON", email: null },
            at: "2026-02-10T14:30:00Z",
          },
        ],
        owners: [],
      },
    },
  ],
};

describe("trace exports", () => {
  it("builds the evidence table origin first with who approved", () => {
    const rows = evidenceRows(trace.paths[0] as TraceResult["paths"][number]);
    expect(rows.map((r) => r.id)).toEqual(["SA", "INI", "INC"]);
    expect(rows[0]).toMatchObject({
      when: { key: "decidedAt", value: "2026-02-11T09:00:00Z" },
      relationship: "AUTHORIZES",
      approvals: ["Priya, board, 2026-02-10 14:30 UTC"],
      policies: ["POL-1"],
    });
    expect(rows[2]?.relationship).toBe("");
  });

  it("writes CSV with quoting and one row per hop", () => {
    const csv = traceCsv(trace);
    const lines = csv.trim().split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(
      "path,step,id,type,name,status,date_attribute,date,relationship,approved_by,owned_by,governed_by",
    );
    // The recorded instant stays exact in the CSV; each approval its own entry, the policies their own column.
    expect(lines[1]).toContain(
      'decidedAt,2026-02-11T09:00:00Z,AUTHORIZES,"Priya, board, 2026-02-10 14:30 UTC",,POL-1',
    );
    expect(csvField("=cmd()")).toBe("'=cmd()");
    expect(toCsv(["a"], [['x"y']])).toBe('a\r\n"x""y"\r\n');
  });

  it("highlights the path and draws it as a graph", () => {
    expect([...traceHighlight(trace)].sort()).toEqual([
      "INC",
      "INI",
      "INI-DELIVERS-INC",
      "SA",
      "SA-AUTHORIZES-INI",
    ]);
    expect(traceToView(trace).nodes.map((n) => [n.id, n.depth])).toEqual([
      ["SA", 2],
      ["INI", 1],
      ["INC", 0],
    ]);
  });

  it("exports an SVG with title, nodes, edges and legend", () => {
    const graph = traceToView(trace);
    const svg = graphSvg(graph, laneLayout(graph, { model: "2" }).positions, { title: "Trace of INC <1>" });
    expect(svg).toMatch(/^<svg xmlns/);
    expect(svg).toContain("Trace of INC &lt;1&gt;");
    // Three objects and their three legend entries, each in its type's shape.
    expect(svg.match(/<(circle|rect x|polygon)/g)?.length).toBe(3 + 3);
    // Two links and the legend's sample of their one role.
    expect(svg.match(/<line/g)?.length).toBe(2 + 1);
    expect(svg).toContain("Legend");
  });
});

describe("hopChains", () => {
  it("gives each reached node its shortest chain from the root", () => {
    const rows = hopChains(
      "SA",
      [node("SA", "ScopeAgreement"), node("INI", "ITInitiative"), node("REL", "ServiceRelease")],
      [edge("SA", "AUTHORIZES", "INI"), edge("INI", "DELIVERS", "REL"), edge("SA", "AUTHORIZES", "REL")],
    );
    expect(rows.map((r) => [r.node.id, r.depth, chainText(r.chain)])).toEqual([
      ["INI", 1, "SA -AUTHORIZES-> INI"],
      ["REL", 1, "SA -AUTHORIZES-> REL"],
    ]);
  });
});

describe("toElements in Cytoscape", () => {
  it("gives Cytoscape nodes with preset positions, classes and edges between them", () => {
    const graph = {
      nodes: [node("SA", "ScopeAgreement"), node("INI", "ITInitiative")],
      edges: [edge("SA", "AUTHORIZES", "INI")],
    };
    const layout = laneLayout(graph, { model: "2" });
    const cy = cytoscape({ headless: true });
    cy.add(toElements(graph, { root: "SA", dimmed: new Set(["INI"]), highlighted: new Set(), layout }));
    expect(cy.nodes(".object").map((n) => n.id())).toEqual(["SA", "INI"]);
    expect(cy.$id("SA").hasClass("root")).toBe(true);
    expect(cy.$id("INI").hasClass("dimmed")).toBe(true);
    expect(cy.$id("SA").position().x).toBeLessThan(cy.$id("INI").position().x);
    expect(cy.edges()[0]?.source().id()).toBe("SA");
    expect(cy.nodes(".band").length).toBe(2);
  });
});

describe("toElements edge routing", () => {
  it("marks an edge that runs along a row past a column as an arc, and neighbours in adjacent columns not", () => {
    const graph = {
      nodes: [node("CI", "ActualServiceCI"), node("MON", "ServiceMonitor"), node("EV", "Event")],
      edges: [edge("CI", "MONITORED_BY", "MON"), edge("CI", "EXPERIENCED", "EV"), edge("MON", "EMITS", "EV")],
    };
    const layout = laneLayout(graph, { model: "2" });
    const arcs = toElements(graph, { root: "CI", dimmed: new Set(), highlighted: new Set(), layout })
      .filter((e) => e.group === "edges" && String(e.classes).includes("arc"))
      .map((e) => `${e.data.source}->${e.data.target}`);
    expect(arcs).toEqual(["CI->EV"]);
  });
});

describe("elementsSignature", () => {
  it("is equal for the same picture and differs when a class, position or element changes", () => {
    const graph = {
      nodes: [node("SA", "ScopeAgreement"), node("INI", "ITInitiative")],
      edges: [edge("SA", "AUTHORIZES", "INI")],
    };
    const layout = laneLayout(graph, { model: "2" });
    const draw = (dimmed: string[]) =>
      toElements(graph, { root: "SA", dimmed: new Set(dimmed), highlighted: new Set(), layout });
    expect(elementsSignature(draw([]))).toBe(elementsSignature(draw([])));
    expect(elementsSignature(draw(["INI"]))).not.toBe(elementsSignature(draw([])));
    const moved = draw([]).map((e) => (e.data.id === "SA" ? { ...e, position: { x: 5, y: 5 } } : e));
    expect(elementsSignature(moved)).not.toBe(elementsSignature(draw([])));
    expect(elementsSignature(draw([]).slice(1))).not.toBe(elementsSignature(draw([])));
  });
});
