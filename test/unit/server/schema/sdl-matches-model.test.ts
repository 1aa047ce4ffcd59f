import { readFileSync } from "node:fs";
import { Kind, parse, print } from "graphql";
import type { ConstDirectiveNode, FieldDefinitionNode, ObjectTypeDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import {
  ACCOUNTABILITY_RELATIONSHIPS,
  ACCOUNTABILITY_TYPES,
  COMMON_ATTRIBUTES,
  DATA_OBJECT_TYPE_NAMES,
  LINEAGE_RELATIONSHIPS,
  PARTY_TYPE,
  attributesOf,
  linkPropertiesOf,
  relationshipFieldName,
} from "../../../../server/model/index.ts";
import type { AttributeDef } from "../../../../server/model/index.ts";
import { generateModelSdl, graphqlTypeName, queryFieldName } from "../../../../server/schema/generate.ts";
import { MODEL_SDL_PATH } from "../../../../server/schema/type-defs.ts";

/**
 * The committed SDL and the meta-model agree both ways: every type, attribute and relationship (at both ends)
 * of the model is in the SDL, and the SDL has nothing the model does not have. Expectations are derived here
 * from the model, not from the generator.
 */
const document = parse(readFileSync(MODEL_SDL_PATH, "utf8"));
const objects = new Map(
  document.definitions
    .filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION)
    .map((d) => [d.name.value, d]),
);
const directive = (node: { directives?: readonly ConstDirectiveNode[] }, name: string) =>
  node.directives?.find((d) => d.name.value === name);
const argument = (d: ConstDirectiveNode | undefined, name: string): string | undefined => {
  const value = d?.arguments?.find((a) => a.name.value === name)?.value;
  if (!value) return undefined;
  return value.kind === Kind.STRING || value.kind === Kind.ENUM ? value.value : print(value);
};
const nodeTypes = [...objects.values()].filter((o) => directive(o, "node"));
const fieldType = (f: FieldDefinitionNode) => print(f.type);
const expectedScalar = (a: AttributeDef) =>
  `${a.name}: ${a.name === "id" ? "ID" : a.type}${a.required ? "!" : ""}`;
const scalarFields = (o: ObjectTypeDefinitionNode) =>
  (o.fields ?? [])
    .filter((f) => !directive(f, "relationship"))
    .map((f) => `${f.name.value}: ${fieldType(f)}`);
const relationshipFields = (o: ObjectTypeDefinitionNode) =>
  (o.fields ?? [])
    .filter((f) => directive(f, "relationship"))
    .map((f) => {
      const rel = directive(f, "relationship");
      return `${f.name.value}: ${fieldType(f)} ${argument(rel, "type")} ${argument(rel, "direction")}`;
    });

function expectedRelationshipFields(modelType: string): string[] {
  return [
    ...LINEAGE_RELATIONSHIPS.filter((r) => r.from === modelType).map(
      (r) => `${relationshipFieldName(r, "outgoing")}: [${graphqlTypeName(r.to)}!]! ${r.type} OUT`,
    ),
    ...[...LINEAGE_RELATIONSHIPS, ...ACCOUNTABILITY_RELATIONSHIPS]
      .filter((r) => r.to === modelType)
      .map((r) => `${relationshipFieldName(r, "incoming")}: [${graphqlTypeName(r.from)}!]! ${r.type} IN`),
  ];
}

describe("model.graphql and the meta-model agree", () => {
  it("has one @node type per data object type and Party, and no other node type", () => {
    expect(nodeTypes.map((o) => o.name.value).sort()).toEqual(
      [...DATA_OBJECT_TYPE_NAMES.map(graphqlTypeName), PARTY_TYPE.name].sort(),
    );
  });

  it.each(DATA_OBJECT_TYPE_NAMES)("%s: labels, interface, every attribute and nothing else", (name) => {
    const type = objects.get(graphqlTypeName(name));
    expect(type, `type for ${name}`).toBeDefined();
    if (!type) return;
    expect(argument(directive(type, "node"), "labels")).toBe(`["${name}", "DataObject"]`);
    expect(type.interfaces?.map((i) => i.name.value)).toEqual(["DataObject"]);
    expect(scalarFields(type).sort()).toEqual(attributesOf(name).map(expectedScalar).sort());
  });

  it.each(DATA_OBJECT_TYPE_NAMES)("%s: every relationship at this end, and nothing else", (name) => {
    const type = objects.get(graphqlTypeName(name));
    if (!type) throw new Error(`no type for ${name}`);
    expect(relationshipFields(type).sort()).toEqual(expectedRelationshipFields(name).sort());
  });

  it("has every lineage relationship at both of its ends", () => {
    for (const r of LINEAGE_RELATIONSHIPS) {
      const from = relationshipFields(objects.get(graphqlTypeName(r.from)) as ObjectTypeDefinitionNode);
      const to = relationshipFields(objects.get(graphqlTypeName(r.to)) as ObjectTypeDefinitionNode);
      expect(from).toContain(
        `${relationshipFieldName(r, "outgoing")}: [${graphqlTypeName(r.to)}!]! ${r.type} OUT`,
      );
      expect(to).toContain(
        `${relationshipFieldName(r, "incoming")}: [${graphqlTypeName(r.from)}!]! ${r.type} IN`,
      );
    }
  });

  it("Party has its attributes and owns/approved/assignedTo towards every data object", () => {
    const party = objects.get(PARTY_TYPE.name) as ObjectTypeDefinitionNode;
    expect(argument(directive(party, "node"), "labels")).toBe(`["Party"]`);
    expect(scalarFields(party).sort()).toEqual(attributesOf(PARTY_TYPE.name).map(expectedScalar).sort());
    const expected = ACCOUNTABILITY_TYPES.map((type) => {
      const field = relationshipFieldName(
        ACCOUNTABILITY_RELATIONSHIPS.find((r) => r.type === type) as (typeof ACCOUNTABILITY_RELATIONSHIPS)[0],
        "outgoing",
      );
      return `${field}: [DataObject!]! ${type} OUT`;
    });
    expect(relationshipFields(party).sort()).toEqual(expected.sort());
  });

  it("every relationship field names a properties type holding exactly the model's link properties", () => {
    for (const type of [...nodeTypes]) {
      for (const field of type.fields ?? []) {
        const rel = directive(field, "relationship");
        if (!rel) continue;
        const properties = objects.get(argument(rel, "properties") ?? "");
        expect(properties && directive(properties, "relationshipProperties")).toBeTruthy();
        expect(scalarFields(properties as ObjectTypeDefinitionNode).sort()).toEqual(
          linkPropertiesOf(argument(rel, "type") ?? "")
            .map(expectedScalar)
            .sort(),
        );
      }
    }
  });

  it("defines nothing beyond node types, their properties types, the DataObject interface and the JWT", () => {
    const used = new Set(
      nodeTypes.flatMap((o) =>
        (o.fields ?? []).map((f) => argument(directive(f, "relationship"), "properties")).filter(Boolean),
      ),
    );
    for (const definition of document.definitions) {
      if (definition.kind === Kind.INTERFACE_TYPE_DEFINITION) {
        expect(definition.name.value).toBe("DataObject");
        expect((definition.fields ?? []).map((f) => `${f.name.value}: ${fieldType(f)}`)).toEqual(
          COMMON_ATTRIBUTES.map(expectedScalar),
        );
        continue;
      }
      expect(definition.kind).toBe(Kind.OBJECT_TYPE_DEFINITION);
      const o = definition as ObjectTypeDefinitionNode;
      const known = directive(o, "node") || directive(o, "jwt") || used.has(o.name.value);
      expect(known, `unexpected type ${o.name.value}`).toBeTruthy();
    }
  });

  it("is what `npm run schema:generate` writes (regenerate after changing the model)", () => {
    expect(readFileSync(MODEL_SDL_PATH, "utf8")).toBe(generateModelSdl());
  });
});

describe("generated names", () => {
  it("keeps the model's type names except the reserved root name Subscription", () => {
    expect(graphqlTypeName("Incident")).toBe("Incident");
    expect(graphqlTypeName("Subscription")).toBe("ServiceSubscription");
  });

  it("names list queries so that acronyms read as in the model", () => {
    expect(
      [
        "Incident",
        "RFC",
        "ITInitiative",
        "ActualServiceCI",
        "Policy",
        "Party",
        "KeyPerformanceIndicator",
      ].map(queryFieldName),
    ).toEqual([
      "incidents",
      "rfcs",
      "itInitiatives",
      "actualServiceCIs",
      "policies",
      "parties",
      "keyPerformanceIndicators",
    ]);
  });
});
