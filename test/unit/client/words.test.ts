import { describe, expect, it } from "vitest";
import { countOf, keyWords, nounFor, valueWords } from "../../../client/src/graph/words.ts";

describe("counts in words", () => {
  it("puts the noun in the number that goes with the count", () => {
    expect(countOf(1, "open problem")).toBe("1 open problem");
    expect(countOf(0, "open problem")).toBe("0 open problems");
    expect(countOf(3, "open change")).toBe("3 open changes");
    expect(countOf(2, "policy", "policies")).toBe("2 policies");
    expect(nounFor(1, "open incident")).toBe("open incident");
    expect(nounFor(5, "open incident")).toBe("open incidents");
  });
});

describe("keyWords and valueWords", () => {
  it("say attribute keys and values for reading", () => {
    expect(keyWords("decidedAt")).toBe("Decided at");
    expect(keyWords("costCentre")).toBe("Cost centre");
    expect(valueWords("2026-02-10T14:30:00Z")).toBe("2026-02-10 14:30 UTC");
    expect(valueWords("2026-02-10T14:30:00.000+02:00")).toBe("2026-02-10 14:30 +02:00");
    expect(valueWords(1234567)).toBe("1,234,567");
    expect(valueWords("plain")).toBe("plain");
  });
});
