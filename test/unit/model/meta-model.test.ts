import { describe, expect, it } from "vitest";
import {
  ALL_RELATIONSHIPS,
  DATA_OBJECT_TYPES,
  DATA_OBJECT_TYPE_NAMES,
  LINEAGE_RELATIONSHIPS,
  RELATIONSHIP_VERBS,
  VALUE_STREAMS,
  VALUE_STREAMS_30,
  allowedRelationship,
  attributesOf,
  isNodeType,
  lineageFrom,
  lineageTo,
  openStatuses,
  pluralTypeName,
  relationshipFieldName,
} from "../../../server/model/index.ts";

describe("IT4IT meta-model", () => {
  it("has the canonical data object types, each once, with a lane, stream and component", () => {
    expect(new Set(DATA_OBJECT_TYPE_NAMES).size).toBe(DATA_OBJECT_TYPE_NAMES.length);
    expect(DATA_OBJECT_TYPE_NAMES).toHaveLength(41);
    for (const name of [
      "Policy",
      "ScopeAgreement",
      "ITInitiative",
      "ServiceRelease",
      "ActualServiceCI",
      "Incident",
      "RFC",
    ]) {
      expect(DATA_OBJECT_TYPE_NAMES).toContain(name);
    }
    const streams = VALUE_STREAMS.map((s) => s.id);
    const streams30 = VALUE_STREAMS_30.map((s) => s.id);
    for (const t of DATA_OBJECT_TYPES) {
      expect(t.lane).toBeGreaterThanOrEqual(0);
      expect(t.lane).toBeLessThanOrEqual(19);
      expect(streams).toContain(t.valueStream);
      expect(streams30).toContain(t.valueStream30);
      expect(t.functionalComponent).not.toBe("");
      expect(t.lifecycle.statuses.length).toBeGreaterThan(0);
      for (const closed of t.lifecycle.closed) expect(t.lifecycle.statuses).toContain(closed);
    }
  });

  it("lists types in lane order", () => {
    const lanes = DATA_OBJECT_TYPES.map((t) => t.lane);
    expect(lanes).toEqual([...lanes].sort((a, b) => a - b));
  });

  it("joins only known types, and every relationship type has verbs", () => {
    for (const r of ALL_RELATIONSHIPS) {
      expect(isNodeType(r.from), r.from).toBe(true);
      expect(isNodeType(r.to), r.to).toBe(true);
      expect(RELATIONSHIP_VERBS[r.type], r.type).toBeDefined();
    }
    const used = new Set(ALL_RELATIONSHIPS.map((r) => r.type));
    expect(Object.keys(RELATIONSHIP_VERBS).filter((v) => !used.has(v))).toEqual([]);
  });

  it("allows exactly the listed triples, including shared names like HAS_BLUEPRINT", () => {
    expect(allowedRelationship("Event", "RAISES", "Incident")?.cardinality).toBe("n:m");
    expect(allowedRelationship("Incident", "REQUESTS_CHANGE", "RFC")).toBeDefined();
    expect(allowedRelationship("Incident", "RAISES", "RFC")).toBeUndefined();
    expect(allowedRelationship("Incident", "RAISES", "Event")).toBeUndefined();
    expect(allowedRelationship("ServiceRelease", "HAS_BLUEPRINT", "ServiceReleaseBlueprint")).toBeDefined();
    expect(allowedRelationship("LogicalService", "HAS_BLUEPRINT", "LogicalServiceBlueprint")).toBeDefined();
    expect(allowedRelationship("Problem", "RAISES_DEMAND", "PortfolioBacklogItem")?.cardinality).toBe("1:1");
    expect(allowedRelationship("Party", "APPROVED", "ScopeAgreement")?.kind).toBe("accountability");
    expect(allowedRelationship("ScopeAgreement", "APPROVED", "Party")).toBeUndefined();
  });

  it("makes the backbone reachable downstream from ScopeAgreement to Incident", () => {
    const chain = [
      "ScopeAgreement",
      "ITInitiative",
      "ServiceRelease",
      "ServiceReleaseBlueprint",
      "DesiredService",
      "ActualServiceCI",
      "Incident",
    ];
    for (let i = 0; i + 1 < chain.length; i++) {
      const from = chain[i] as string;
      const to = chain[i + 1] as string;
      expect(
        lineageFrom(from).some((r) => r.to === to),
        `${from} -> ${to}`,
      ).toBe(true);
      expect(lineageTo(to).some((r) => r.from === from)).toBe(true);
    }
  });

  it("derives unique GraphQL field names per type, both ends", () => {
    const byType = new Map<string, string[]>();
    for (const r of ALL_RELATIONSHIPS) {
      byType.set(r.from, [...(byType.get(r.from) ?? []), relationshipFieldName(r, "outgoing")]);
      byType.set(r.to, [...(byType.get(r.to) ?? []), relationshipFieldName(r, "incoming")]);
    }
    for (const [type, fields] of byType) {
      const attrs = attributesOf(type).map((a) => a.name);
      const distinct = new Set(fields);
      // the Party's outgoing fields point at every type: one field per relationship type (an interface)
      if (type !== "Party") expect(distinct.size, `${type}: ${fields.join(",")}`).toBe(fields.length);
      for (const f of distinct) expect(attrs, `${type}.${f} clashes with an attribute`).not.toContain(f);
    }
    expect(relationshipFieldName(allowedRelationship("Event", "RAISES", "Incident")!, "incoming")).toBe(
      "raisedByEvents",
    );
    expect(
      relationshipFieldName(allowedRelationship("Party", "APPROVED", "ScopeAgreement")!, "incoming"),
    ).toBe("approvers");
  });

  it("pluralises type names and knows open statuses", () => {
    expect(pluralTypeName("Policy")).toBe("Policies");
    expect(pluralTypeName("RFC")).toBe("RFCs");
    expect(pluralTypeName("ActualServiceCI")).toBe("ActualServiceCIs");
    expect(openStatuses("Incident")).toEqual(["NEW", "IN_PROGRESS", "ON_HOLD"]);
    expect(openStatuses("Nope")).toEqual([]);
  });

  it("gives every type the common attributes first", () => {
    expect(
      attributesOf("Incident")
        .slice(0, 3)
        .map((a) => a.name),
    ).toEqual(["id", "name", "status"]);
    expect(attributesOf("ScopeAgreement").find((a) => a.name === "decision")?.required).toBe(true);
    expect(LINEAGE_RELATIONSHIPS.every((r) => r.kind === "lineage")).toBe(true);
  });
});
