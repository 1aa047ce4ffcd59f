import { describe, expect, it } from "vitest";
import { sumWork, workBadge } from "../../../client/src/graph/open-work.ts";
import { toElements } from "../../../client/src/graph/to-elements.ts";
import { edge, node } from "./make-graph.ts";

const work = (incidents: number, problems: number, changes: number, urgent = false) => ({
  incidents,
  problems,
  changes,
  urgent,
});

describe("open-work badges", () => {
  it("names only the kinds of open work an object has", () => {
    expect(workBadge(work(1, 0, 2))).toBe("INC 1 · RFC 2");
    expect(workBadge(work(0, 3, 0))).toBe("PRB 3");
    expect(workBadge(work(0, 0, 0))).toBe("");
    expect(workBadge(null)).toBe("");
  });

  it("adds up a group's members, urgent when any member is", () => {
    expect(sumWork([work(1, 0, 0), null, work(2, 1, 0, true)])).toEqual(work(3, 1, 0, true));
    expect(sumWork([null, undefined])).toBeNull();
  });

  it("draws the badge under the label and marks urgent objects, only while badges are on", () => {
    const graph = {
      nodes: [
        { ...node("CI", "ActualServiceCI"), openWork: work(1, 0, 1, true) },
        { ...node("INC", "Incident"), openWork: work(0, 0, 0) },
      ],
      edges: [edge("CI", "EXPERIENCED", "INC")],
    };
    const draw = (badges: boolean) =>
      toElements(graph, { root: "CI", dimmed: new Set(), highlighted: new Set(), layout: null, badges });
    const ci = draw(true).find((e) => e.data.id === "CI");
    expect(ci?.data.label).toMatch(/\nINC 1 · RFC 1$/);
    expect(ci?.classes).toContain("urgent");
    expect(ci?.classes).toContain("has-work");
    expect(draw(true).find((e) => e.data.id === "INC")?.classes).not.toContain("has-work");
    const off = draw(false).find((e) => e.data.id === "CI");
    expect(off?.data.label).not.toContain("INC 1");
    expect(off?.classes).not.toContain("urgent");
  });
});
