import { describe, expect, it } from "vitest";
import { countOf, nounFor } from "../../../client/src/graph/words.ts";

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
