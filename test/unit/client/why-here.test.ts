import { describe, expect, it } from "vitest";
import { whyHighlight, whyText } from "../../../client/src/graph/why-here.ts";
import { edge, node } from "./make-graph.ts";

describe("why is this here", () => {
  it("reads a downstream chain with each relationship's verb, root first", () => {
    const path = {
      nodes: [node("SA", "ScopeAgreement"), node("INI", "ITInitiative"), node("REL", "ServiceRelease")],
      edges: [edge("SA", "AUTHORIZES", "INI"), edge("INI", "DELIVERS", "REL")],
      length: 2,
    };
    expect(whyText(path)).toBe("SA authorizes INI, which delivers REL");
    expect([...whyHighlight(path)].sort()).toEqual(
      ["INI", "INI-DELIVERS-REL", "REL", "SA", "SA-AUTHORIZES-INI"].sort(),
    );
  });

  it("reads a link walked against its direction with the inverse verb", () => {
    const path = {
      nodes: [node("INC", "Incident"), node("CI", "ActualServiceCI")],
      edges: [edge("CI", "EXPERIENCED", "INC")],
      length: 1,
    };
    expect(whyText(path)).toBe("INC experienced by CI");
    expect(whyHighlight(null).size).toBe(0);
  });
});
