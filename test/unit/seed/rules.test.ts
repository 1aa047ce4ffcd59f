import { describe, expect, it } from "vitest";
import type { DocumentNode, DocumentRelationship } from "../../../server/import/index.ts";
import { attributeValueProblem } from "../../../server/import/rules/attribute-value.ts";
import { attributes } from "../../../server/import/rules/attributes.ts";
import { knownType } from "../../../server/import/rules/known-type.ts";
import { linkProperties } from "../../../server/import/rules/link-properties.ts";
import { nodeShape } from "../../../server/import/rules/node-shape.ts";
import { relationshipAllowed } from "../../../server/import/rules/relationship-allowed.ts";
import { relationshipShape } from "../../../server/import/rules/relationship-shape.ts";
import { status } from "../../../server/import/rules/status.ts";
import { parseDocument } from "../../../server/import/parse-document.ts";
import { validateDocument } from "../../../server/import/validate.ts";

const node = (over: Partial<DocumentNode>): DocumentNode => ({
  type: "Incident",
  id: "INC-1",
  name: "n",
  status: "NEW",
  ...over,
});
const rel = (over: Partial<DocumentRelationship>): DocumentRelationship => ({
  type: "RAISES",
  from: "EV-1",
  to: "INC-1",
  ...over,
});
const codes = (problems: readonly { code: string }[]) => problems.map((p) => p.code);
const ids = {
  typeOf: (id: string) =>
    ({ "EV-1": "Event", "INC-1": "Incident", "P-1": "Party", "SA-1": "ScopeAgreement" })[id],
};

describe("node rules", () => {
  it("nodeShape: type, id, name and status are non-empty strings", () => {
    expect(nodeShape(node({}), "/nodes/0")).toEqual([]);
    expect(
      nodeShape(node({ id: "", name: 3 as unknown as string }), "/nodes/0").map((p) => [p.location, p.code]),
    ).toEqual([
      ["/nodes/0/id", "MISSING_REQUIRED"],
      ["/nodes/0/name", "WRONG_TYPE"],
    ]);
  });

  it("knownType: a type of the meta-model or Party", () => {
    expect(knownType(node({ type: "Party" }), "x")).toEqual([]);
    expect(codes(knownType(node({ type: "Ticket" }), "x"))).toEqual(["UNKNOWN_TYPE"]);
  });

  it("attributes: known names, required ones present, values of the right type", () => {
    expect(
      attributes(node({ properties: { priority: "P1", openedAt: "2026-01-01T10:00:00Z" } }), "x"),
    ).toEqual([]);
    expect(codes(attributes(node({ properties: { colour: "red" } }), "x"))).toEqual(["UNKNOWN_ATTRIBUTE"]);
    expect(codes(attributes(node({ properties: { id: "INC-2" } }), "x"))).toEqual(["UNKNOWN_ATTRIBUTE"]);
    expect(codes(attributes(node({ type: "ScopeAgreement", status: "DECIDED" }), "x"))).toEqual([
      "MISSING_REQUIRED",
    ]);
    expect(codes(attributes(node({ properties: { openedAt: "yesterday" } }), "x"))).toEqual(["WRONG_TYPE"]);
  });

  it("status: one of the type's lifecycle", () => {
    expect(status(node({ status: "RESOLVED" }), "x")).toEqual([]);
    expect(status(node({ status: "DONE" }), "/nodes/1")[0]).toMatchObject({
      location: "/nodes/1/status",
      code: "INVALID_STATUS",
    });
  });

  it("attributeValueProblem checks every scalar type and closed sets", () => {
    const def = (type: "Int" | "Float" | "Boolean" | "Date" | "DateTime" | "String", values?: string[]) => ({
      name: "a",
      type,
      required: false,
      description: "",
      ...(values ? { values } : {}),
    });
    expect(attributeValueProblem(def("Int"), 2)).toBeNull();
    expect(attributeValueProblem(def("Int"), 2.5)?.code).toBe("WRONG_TYPE");
    expect(attributeValueProblem(def("Float"), "1")?.code).toBe("WRONG_TYPE");
    expect(attributeValueProblem(def("Boolean"), false)).toBeNull();
    expect(attributeValueProblem(def("Date"), "2026-02-30x")?.code).toBe("WRONG_TYPE");
    expect(attributeValueProblem(def("DateTime"), "2026-02-03T04:05:06.123456789Z")).toBeNull();
    expect(attributeValueProblem(def("DateTime"), "2026-02-03T04:05:06")?.code).toBe("WRONG_TYPE");
    expect(attributeValueProblem(def("String", ["A"]), "B")?.code).toBe("NOT_ALLOWED_VALUE");
  });
});

describe("relationship rules", () => {
  it("relationshipShape: known type and string ends", () => {
    expect(relationshipShape(rel({}), "x", ids)).toEqual([]);
    expect(codes(relationshipShape(rel({ type: "CAUSES", to: "" }), "x", ids))).toEqual([
      "MISSING_REQUIRED",
      "UNKNOWN_RELATIONSHIP_TYPE",
    ]);
  });

  it("relationshipAllowed: both ends known and the triple allowed", () => {
    expect(relationshipAllowed(rel({}), "x", ids)).toEqual([]);
    expect(codes(relationshipAllowed(rel({ from: "INC-1", to: "EV-1" }), "x", ids))).toEqual([
      "RELATIONSHIP_NOT_ALLOWED",
    ]);
    expect(codes(relationshipAllowed(rel({ from: "EV-404" }), "x", ids))).toEqual(["DANGLING_ENDPOINT"]);
    expect(relationshipAllowed(rel({ type: "OWNS", from: "P-1", to: "INC-1" }), "x", ids)).toEqual([]);
  });

  it("linkProperties: APPROVED needs its time; unknown properties are refused", () => {
    expect(codes(linkProperties(rel({ type: "APPROVED", from: "P-1", to: "SA-1" }), "x", ids))).toEqual([
      "MISSING_REQUIRED",
    ]);
    expect(
      linkProperties(rel({ type: "APPROVED", properties: { at: "2026-01-01T00:00:00Z" } }), "x", ids),
    ).toEqual([]);
    expect(codes(linkProperties(rel({ properties: { weight: 1 } }), "x", ids))).toEqual([
      "UNKNOWN_ATTRIBUTE",
    ]);
  });
});

describe("documents", () => {
  it("parseDocument checks the outer shape", () => {
    expect(codes(parseDocument([]).problems)).toEqual(["MALFORMED"]);
    expect(parseDocument({ nodes: [{}, 3], extra: 1 }).problems.map((p) => p.location)).toEqual([
      "/nodes/1",
      "/extra",
    ]);
    expect(parseDocument({ nodes: [] }).problems).toEqual([]);
  });

  it("validateDocument flags duplicate ids and ids the database has with another type", () => {
    const problems = validateDocument(
      {
        nodes: [
          node({}),
          node({ type: "Event", status: "OPEN" }),
          node({ id: "CI-1", type: "Event", status: "OPEN" }),
        ],
        relationships: [],
      },
      new Map([["CI-1", "ActualServiceCI"]]),
    );
    expect(problems.map((p) => [p.location, p.code])).toEqual([
      ["/nodes/1/id", "DUPLICATE_ID"],
      ["/nodes/2/type", "DUPLICATE_ID"],
    ]);
  });
});
