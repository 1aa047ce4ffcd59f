import { describe, expect, it } from "vitest";
import { ACCOUNTABILITY_TYPES, LINEAGE_RELATIONSHIPS } from "../../../server/model/index.ts";
import {
  LINEAGE_LABEL_FILTER,
  lineageRelationshipFilter,
  provenanceRelationshipFilter,
} from "../../../server/traceability/lineage-filter.ts";

describe("lineageRelationshipFilter", () => {
  it("filters by direction only, so APOC reads each node's relationships once", () => {
    expect(lineageRelationshipFilter("DOWNSTREAM")).toBe(">");
    expect(lineageRelationshipFilter("UPSTREAM")).toBe("<");
    expect(lineageRelationshipFilter("BOTH")).toBe("");
  });

  it("keeps accountability out by never entering a Party", () => {
    expect(LINEAGE_LABEL_FILTER).toBe("-Party");
  });
});

describe("provenanceRelationshipFilter", () => {
  const up = provenanceRelationshipFilter("UPSTREAM").split("|");
  const down = provenanceRelationshipFilter("DOWNSTREAM").split("|");

  it("walks provenance links against their direction upstream, and the two reversed ones with it", () => {
    expect(up).toContain("<AUTHORIZES");
    expect(up).toContain("<EXPERIENCED");
    expect(up).toContain("PROPOSED_IN>");
    expect(up).toContain("SUPPORTS>");
    expect(down).toContain("AUTHORIZES>");
    expect(down).toContain("<PROPOSED_IN");
    expect(down).toContain("<SUPPORTS");
  });

  it("never follows an operational, feedback, reference or accountability link", () => {
    const names = new Set(up.map((f) => f.replace(/[<>]/g, "")));
    for (const shortcut of [
      "CHANGES",
      "REQUESTS_CHANGE",
      "TRIGGERS",
      "RESOLVED_BY",
      "RAISES_DEMAND",
      "DEPLOYED_VIA",
    ])
      expect(names.has(shortcut), shortcut).toBe(false);
    for (const type of ACCOUNTABILITY_TYPES) expect(names.has(type)).toBe(false);
    for (const r of LINEAGE_RELATIONSHIPS) expect(names.has(r.type), r.type).toBe(r.role === "provenance");
    expect(down).toHaveLength(up.length);
  });
});
