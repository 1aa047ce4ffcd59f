import { describe, expect, it } from "vitest";
import { ACCOUNTABILITY_TYPES, LINEAGE_TYPE_NAMES } from "../../../server/model/index.ts";
import { lineageRelationshipFilter } from "../../../server/traceability/lineage-filter.ts";

describe("lineageRelationshipFilter", () => {
  it("lists every lineage type once, with the direction", () => {
    const down = lineageRelationshipFilter("DOWNSTREAM").split("|");
    expect(down).toHaveLength(LINEAGE_TYPE_NAMES.length);
    expect(down).toContain("RAISES_DEMAND>");
    expect(lineageRelationshipFilter("UPSTREAM").split("|")).toContain("<AUTHORIZES");
    expect(lineageRelationshipFilter("BOTH").split("|")).toContain("EXPERIENCED");
  });

  it("never traverses accountability links", () => {
    const all = lineageRelationshipFilter("BOTH").split("|");
    for (const type of ACCOUNTABILITY_TYPES) expect(all).not.toContain(type);
  });
});
