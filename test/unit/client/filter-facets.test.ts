import { describe, expect, it } from "vitest";
import { facetsOf, filterSummary } from "../../../client/src/graph/filter-facets.ts";
import { NO_FILTER } from "../../../client/src/graph/filter-graph.ts";
import { edge, node } from "./make-graph.ts";

describe("facetsOf", () => {
  const graph = {
    nodes: [
      node("INC-1", "Incident", { status: "OPEN" }),
      node("INC-2", "Incident", { status: "CLOSED" }),
      node("CI-1", "ActualServiceCI"),
      node("SA-1", "ScopeAgreement"),
    ],
    edges: [edge("CI-1", "EXPERIENCED", "INC-1"), edge("CI-1", "EXPERIENCED", "INC-2")],
  };

  it("lists only what the graph holds, with counts, in reading order", () => {
    const facets = facetsOf(graph, "2", NO_FILTER);
    expect(facets.types.map((f) => [f.id, f.count])).toEqual([
      ["ScopeAgreement", 1],
      ["ActualServiceCI", 1],
      ["Incident", 2],
    ]);
    expect(facets.streams.map((f) => f.id)).toEqual(["S2P", "D2C"]);
    expect(facets.relationships).toEqual([{ id: "EXPERIENCED", label: "EXPERIENCED", count: 2 }]);
    expect(facets.statuses.map((f) => f.id)).toEqual(["ACTIVE", "CLOSED", "OPEN"]);
  });

  it("keeps a value the filter uses even when the graph no longer has it, so it can be unticked", () => {
    const facets = facetsOf(graph, "2", { ...NO_FILTER, types: ["Problem"] });
    expect(facets.types.find((f) => f.id === "Problem")?.count).toBe(0);
  });
});

describe("filterSummary", () => {
  it("says what the filter keeps, or null without one", () => {
    expect(filterSummary(NO_FILTER, "2")).toBeNull();
    expect(filterSummary({ ...NO_FILTER, types: ["Incident"], statuses: ["OPEN"] }, "2")).toBe(
      "only Incident · status OPEN",
    );
  });
});
