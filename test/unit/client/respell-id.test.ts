import { describe, expect, it } from "vitest";
import { respelledId } from "../../../client/src/graph/respell-id.ts";

describe("a deep link in the wrong case", () => {
  it("opens the one object whose id matches ignoring case", () => {
    expect(respelledId("inc-1042", [{ id: "INC-1042" }, { id: "INC-10420" }])).toBe("INC-1042");
  });

  it("keeps NOT_FOUND when no id, or more than one, matches", () => {
    expect(respelledId("inc-1042", [{ id: "INC-10420" }])).toBeNull();
    expect(respelledId("ab", [{ id: "AB" }, { id: "Ab" }])).toBeNull();
    expect(respelledId("INC-1042", [{ id: "INC-1042" }])).toBeNull();
  });
});
