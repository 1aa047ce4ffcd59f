import { describe, expect, it } from "vitest";
import { searchQuery } from "../../../server/traceability/search-query.ts";

describe("searchQuery", () => {
  it("matches the last word as a prefix for typeahead", () => {
    expect(searchQuery("pay")).toBe("(pay OR pay*)");
  });

  it("splits ids the way the index analyzer does and requires every word", () => {
    expect(searchQuery("INC-1042")).toBe('(inc AND (1042 OR 1042*)) OR "inc 1042"^2');
  });

  it("never lets Lucene syntax through", () => {
    const query = searchQuery('a:b" OR *) [x TO y] \\ && || ! ~^') ?? "";
    expect(query).not.toMatch(/[:[\]\\&|!~]/);
    expect(query).toBe('(a AND b AND or AND x AND to AND (y OR y*)) OR "a b or x to y"^2');
  });

  it("returns null when nothing searchable remains", () => {
    expect(searchQuery("  -- ** ")).toBeNull();
  });

  it("keeps letters and digits of any script", () => {
    expect(searchQuery("Zürich")).toBe("(zürich OR zürich*)");
  });
});
