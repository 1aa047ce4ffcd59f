import { readFileSync } from "node:fs";
import { buildSchema } from "graphql";
import type { GraphQLEnumType } from "graphql";
import { describe, expect, it } from "vitest";
import {
  COUNTED_TYPE_NAMES,
  DATA_OBJECT_TYPE_NAMES,
  LINK_ROLES,
  LINEAGE_RELATIONSHIPS,
  NOT_COUNTED,
  PROVENANCE_RELATIONSHIPS,
  RELATIONSHIP_ROLES,
  RENAMED_RELATIONSHIPS,
  allowedRelationship,
  authorityLinks,
  isAuthorityReversed,
} from "../../../server/model/index.ts";
import { AUGMENTED_SNAPSHOT_PATH } from "../../../server/schema/index.ts";

/** Types reachable from a ScopeAgreement over provenance links, walked the way authority flows. */
function authorizable(): Set<string> {
  const reached = new Set(["ScopeAgreement"]);
  for (let grew = true; grew;) {
    grew = false;
    for (const r of PROVENANCE_RELATIONSHIPS) {
      const [parent, child] = isAuthorityReversed(r.type) ? [r.to, r.from] : [r.from, r.to];
      if (reached.has(parent) && !reached.has(child)) {
        reached.add(child);
        grew = true;
      }
    }
  }
  return reached;
}

describe("relationship roles", () => {
  it("names each role once, and the API's LinkRole enum says what the model says", () => {
    expect(LINK_ROLES.map((r) => r.role)).toEqual(["provenance", "reference", "operational", "feedback"]);
    expect(LINK_ROLES.filter((r) => r.traced).map((r) => r.role)).toEqual(["provenance"]);
    const schema = buildSchema(readFileSync(AUGMENTED_SNAPSHOT_PATH, "utf8"));
    const values = (schema.getType("LinkRole") as GraphQLEnumType).getValues();
    expect(Object.fromEntries(values.map((v) => [v.name, v.description]))).toEqual(
      Object.fromEntries(LINK_ROLES.map((r) => [r.role.toUpperCase(), r.meaning])),
    );
  });

  it("gives every lineage relationship type exactly one role, with a reason", () => {
    for (const r of LINEAGE_RELATIONSHIPS) {
      expect(RELATIONSHIP_ROLES[r.type], r.type).toBeDefined();
      expect(RELATIONSHIP_ROLES[r.type]?.why.length, r.type).toBeGreaterThan(10);
      expect(r.role).toBe(RELATIONSHIP_ROLES[r.type]?.role);
    }
    const used = new Set(LINEAGE_RELATIONSHIPS.map((r) => r.type));
    expect(Object.keys(RELATIONSHIP_ROLES).filter((t) => !used.has(t))).toEqual([]);
  });

  it("keeps the shortcuts out of provenance: changes, RFC requests, deployments and the feedback loop", () => {
    const role = (type: string) => RELATIONSHIP_ROLES[type]?.role;
    for (const type of ["CHANGES", "REQUESTS_CHANGE", "TRIGGERS", "DEPLOYED_VIA", "CAUSED"])
      expect(role(type), type).toBe("operational");
    for (const type of ["RESOLVED_BY", "RAISES_DEMAND", "ESCALATED_TO", "REPORTS_DEFECT"])
      expect(role(type), type).toBe("feedback");
    for (const type of [
      "AUTHORIZES",
      "DELIVERS",
      "INSTANTIATED_AS",
      "REALIZED_AS",
      "EXPERIENCED",
      "SUPPORTS",
    ])
      expect(role(type), type).toBe("provenance");
  });

  it("reverses authority exactly where it runs against the stored direction", () => {
    const reversed = Object.entries(RELATIONSHIP_ROLES)
      .filter(([, def]) => def.authority === "reversed")
      .map(([type]) => type);
    expect(reversed.sort()).toEqual(["PROPOSED_IN", "SUPPORTS"]);
    expect(
      authorityLinks("ActualServiceCI")
        .map((l) => `${l.relationship.type}:${l.parentType}`)
        .sort(),
    ).toEqual(["REALIZED_AS:DesiredService", "SUPPORTS:ActualServiceCI"]);
    expect(authorityLinks("PortfolioBacklogItem").map((l) => l.parentType)).toEqual(["ScopeAgreement"]);
  });

  it("words every provenance link from the side that receives authority", () => {
    for (const r of PROVENANCE_RELATIONSHIPS) expect(RELATIONSHIP_ROLES[r.type]?.reads, r.type).toBeTruthy();
  });
});

describe("coverage policy", () => {
  it("counts a type exactly when a portfolio decision can authorize it over provenance", () => {
    const reachable = authorizable();
    for (const type of COUNTED_TYPE_NAMES) expect(reachable.has(type), type).toBe(true);
    const uncounted = DATA_OBJECT_TYPE_NAMES.filter((t) => !COUNTED_TYPE_NAMES.includes(t));
    expect(uncounted.sort()).toEqual(Object.keys(NOT_COUNTED).sort());
    for (const type of DATA_OBJECT_TYPE_NAMES.filter((t) => !reachable.has(t)))
      expect(NOT_COUNTED[type], `${type} is unreachable, so it must say why it is not counted`).toBeTruthy();
  });

  it("does not count what decisions do not create", () => {
    for (const type of ["Policy", "EnterpriseArchitecture", "ITBudgetItem", "RFC"])
      expect(COUNTED_TYPE_NAMES).not.toContain(type);
    for (const type of ["Incident", "ActualServiceCI", "ConceptualService", "Requirement", "Subscription"])
      expect(COUNTED_TYPE_NAMES).toContain(type);
  });
});

describe("renamed relationships", () => {
  it("maps each old name to an allowed new one, and the old triple is no longer allowed", () => {
    for (const r of RENAMED_RELATIONSHIPS) {
      expect(allowedRelationship(r.from, r.now, r.to), `${r.from} ${r.now} ${r.to}`).toBeDefined();
      expect(allowedRelationship(r.from, r.type, r.to), `${r.from} ${r.type} ${r.to}`).toBeUndefined();
    }
  });
});

describe("the published provenance page", () => {
  it("is current (npm run schema:generate rewrites server/model/PROVENANCE.md)", async () => {
    const { readFileSync } = await import("node:fs");
    const { PROVENANCE_DOC_PATH, renderProvenanceDoc } =
      await import("../../../server/schema/provenance-doc.ts");
    expect(readFileSync(PROVENANCE_DOC_PATH, "utf8")).toBe(renderProvenanceDoc());
  });
});
