import { describe, expect, it } from "vitest";
import { addBrokenChainPage, brokenReason } from "../../../client/src/graph/broken-chains.ts";
import type { BrokenChainPage } from "../../../client/src/graph/broken-chains.ts";
import { node } from "./make-graph.ts";

const page = (ids: string[], next: string | null, totalCount = 5): BrokenChainPage => ({
  totalCount,
  edges: ids.map((id) => ({
    cursor: `c-${id}`,
    node: { reason: "NO_DECISION" as const, node: node(id, "Incident") },
  })),
  pageInfo: { endCursor: next, hasNextPage: next !== null },
});

describe("the coverage page's broken-chain list", () => {
  it("starts with the first page, appends the page after the last one, and stops at the end", () => {
    const first = addBrokenChainPage(null, "Incident", null, page(["A", "B"], "c-B"));
    expect(first).toMatchObject({ type: "Incident", totalCount: 5, next: "c-B" });
    const second = addBrokenChainPage(first, "Incident", "c-B", page(["C", "D"], "c-D"));
    const third = addBrokenChainPage(second, "Incident", "c-D", page(["E"], null));
    expect(third.items.map((i) => i.node.node.id)).toEqual(["A", "B", "C", "D", "E"]);
    expect(third.next).toBeNull();
  });

  it("ignores a page that does not follow the last one, and starts afresh for another type", () => {
    const first = addBrokenChainPage(null, "Incident", null, page(["A", "B"], "c-B"));
    expect(addBrokenChainPage(first, "Incident", "c-OLD", page(["X"], null))).toBe(first);
    const other = addBrokenChainPage(first, "RFC", null, page(["R"], null, 1));
    expect(other.items.map((i) => i.node.node.id)).toEqual(["R"]);
    expect(other).toMatchObject({ type: "RFC", totalCount: 1, next: null });
  });

  it("says why a chain is broken in words", () => {
    expect(brokenReason("NO_DECISION")).toBe("no decision");
    expect(brokenReason("DECISION_NOT_APPROVED")).toBe("decision not approved");
  });
});
