import { describe, expect, it } from "vitest";
import { checkDocument } from "../../../seed/import/validate.ts";
import { getDataObjectType } from "../../../server/model/index.ts";

describe("relationships under a replaced name", () => {
  const node = (type: string, id: string) => ({
    type,
    id,
    name: id,
    status: getDataObjectType(type)?.lifecycle.statuses[0] ?? "",
  });

  it("are renamed by their endpoints, with a warning naming the new name", () => {
    const document = {
      nodes: [node("ITInitiative", "INI"), node("RFC", "RFC"), node("Problem", "PRB"), node("Defect", "DEF")],
      relationships: [
        { type: "RAISES", from: "INI", to: "RFC" },
        { type: "RAISES", from: "PRB", to: "DEF" },
      ],
    };
    const { problems, warnings } = checkDocument(document);
    expect(problems).toEqual([]);
    expect(document.relationships.map((r) => r.type)).toEqual(["REQUESTS_CHANGE", "REPORTS_DEFECT"]);
    expect(warnings.map((w) => [w.location, w.code])).toEqual([
      ["/relationships/0/type", "DEPRECATED_RELATIONSHIP_NAME"],
      ["/relationships/1/type", "DEPRECATED_RELATIONSHIP_NAME"],
    ]);
    expect(warnings[0]?.message).toMatch(/RAISES from "INI" to "RFC" is now called REQUESTS_CHANGE/);
  });

  it("leave a name that is still current alone, and refuse a pair no name allows", () => {
    const document = {
      nodes: [node("Event", "EV"), node("Incident", "INC"), node("Policy", "POL")],
      relationships: [
        { type: "RAISES", from: "EV", to: "INC" },
        { type: "RAISES", from: "POL", to: "INC" },
      ],
    };
    const { problems, warnings } = checkDocument(document);
    expect(warnings).toEqual([]);
    expect(document.relationships[0]?.type).toBe("RAISES");
    expect(problems.map((p) => p.code)).toEqual(["RELATIONSHIP_NOT_ALLOWED"]);
  });
});
