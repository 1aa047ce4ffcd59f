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

  it("keeps version numbers and thousands whole, as the index's analyzer does", () => {
    expect(searchQuery("Mobile Payments 2.0")).toBe(
      '(mobile AND payments AND (2.0 OR 2.0*)) OR "mobile payments 2.0"^2',
    );
    expect(searchQuery("1,000 users")).toBe('(1,000 AND (users OR users*)) OR "1,000 users"^2');
    expect(searchQuery("a,b. c")).toBe('(a AND b AND (c OR c*)) OR "a b c"^2');
  });

  it("returns null when nothing searchable remains", () => {
    expect(searchQuery("  -- ** ")).toBeNull();
  });

  it("keeps letters and digits of any script", () => {
    expect(searchQuery("Zürich")).toBe("(zürich OR zürich*)");
  });

  it("finds an id typed without its dash: prb77 is PRB-77", () => {
    expect(searchQuery("prb77")).toBe("((prb77 OR prb77*) OR (prb AND (77 OR 77*)))");
    expect(searchQuery("inc1042 payments")).toBe(
      '((inc1042 OR (inc AND 1042)) AND (payments OR payments*)) OR "inc1042 payments"^2',
    );
  });
});
