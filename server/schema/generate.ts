import {
  ACCOUNTABILITY_RELATIONSHIPS,
  ACCOUNTABILITY_TYPES,
  COMMON_ATTRIBUTES,
  DATA_OBJECT_LABEL,
  DATA_OBJECT_TYPES,
  LINEAGE_RELATIONSHIPS,
  PARTY_TYPE,
  RELATIONSHIP_VERBS,
  attributesOf,
  linkPropertiesOf,
  pluralTypeName,
  relationshipFieldName,
} from "../model/index.ts";
import type { AttributeDef, RelationshipDef } from "../model/index.ts";

/**
 * Generates the `@neo4j/graphql` type definitions (SDL) of the IT4IT information model from the meta-model:
 * one `@node` type per data object type (labels `[<Type>, DataObject]`) implementing the `DataObject`
 * interface, the accountability `Party`, one `@relationship` field per allowed relationship at each of its
 * ends, and one `@relationshipProperties` type per set of link properties. Pure: same model, same text.
 *
 * Size is kept in check so the augmented schema builds in seconds: relationship fields allow only CONNECT
 * and DISCONNECT as nested operations and have no per-field aggregation (top-level aggregations remain).
 */

/** Roles that may read accountability data (Party and the owners/approvers/assignees fields). */
export const ACCOUNTABILITY_ROLES = ["auditor", "editor", "admin"] as const;

/**
 * GraphQL names the root types Query, Mutation and Subscription, and @neo4j/graphql treats a type of those names
 * as a root type whatever the schema definition says. The IT4IT data object type Subscription is therefore the
 * GraphQL type ServiceSubscription; its Neo4j label stays Subscription. Every other type keeps its model name.
 */
export const RESERVED_TYPE_RENAMES: Readonly<Record<string, string>> = {
  Subscription: "ServiceSubscription",
};

/** The GraphQL type name of a meta-model node type (usually the same name). */
export function graphqlTypeName(modelTypeName: string): string {
  return RESERVED_TYPE_RENAMES[modelTypeName] ?? modelTypeName;
}

/**
 * Root query field of a type's list: `incidents`, `rfcs`, `itInitiatives`, `actualServiceCIs`, `parties`
 * (set with `@plural` so that acronyms read as the meta-model writes them).
 */
export function queryFieldName(graphqlType: string): string {
  const plural = pluralTypeName(graphqlType);
  if (/^[A-Z]+s$/.test(plural)) return plural.toLowerCase();
  const acronym = /^[A-Z]+(?=[A-Z][a-z])/.exec(plural)?.[0];
  if (acronym && acronym.length > 1) return acronym.toLowerCase() + plural.slice(acronym.length);
  return plural.charAt(0).toLowerCase() + plural.slice(1);
}

/** Name of the relationship properties type of a relationship type, e.g. APPROVED -> ApprovedProperties. */
export function linkPropertiesTypeName(relationshipType: string): string {
  const own = RELATIONSHIP_VERBS[relationshipType]?.properties ?? [];
  if (own.length === 0) return "LinkProperties";
  return `${pascal(relationshipType)}Properties`;
}

/** The GraphQL type of an attribute as it appears on a field (`id` is an `ID`). */
export function fieldTypeOf(attribute: AttributeDef): string {
  const scalar = attribute.name === "id" ? "ID" : attribute.type;
  return attribute.required ? `${scalar}!` : scalar;
}

/** Filters by value on every attribute; no aggregate filters (they multiply the schema's input types). */
const FILTERABLE = "@filterable(byValue: true, byAggregate: false)";

/** Amount limiting: lists and connections return 100 items unless asked for more, and never more than 1000. */
export const LIST_LIMITS = { default: 100, max: 1000 } as const;
const LIMIT = `@limit(default: ${LIST_LIMITS.default}, max: ${LIST_LIMITS.max})`;

/** Generated mutations stamp these; imports and the seed write them from the source system. */
const TIMESTAMPS: Readonly<Record<string, string>> = {
  createdAt: "@timestamp(operations: [CREATE])",
  updatedAt: "@timestamp(operations: [CREATE, UPDATE])",
};

const NESTED_OPERATIONS = "nestedOperations: [CONNECT, DISCONNECT], aggregate: false";

export function generateModelSdl(): string {
  const parts = [
    HEADER,
    jwtType(),
    dataObjectInterface(),
    ...propertiesTypes(),
    ...DATA_OBJECT_TYPES.map((t) => dataObjectType(t.name, t.description)),
    partyType(),
  ];
  return `${parts.join("\n\n")}\n`;
}

const HEADER = `# Generated from server/model by \`npm run schema:generate\` (server/schema/generate.ts). Do not edit.
# @neo4j/graphql type definitions of the IT4IT information model: every data object type, the accountability
# Party, and every allowed relationship at both of its ends.`;

function jwtType(): string {
  return `"The claims of the caller's token that authorization rules read."
type JWT @jwt {
  roles: [String!]!
}`;
}

function dataObjectInterface(): string {
  return `"""
Common fields of every IT4IT data object, whatever its type (Neo4j label ${DATA_OBJECT_LABEL}).
"""
interface ${DATA_OBJECT_LABEL} ${LIMIT} {
${COMMON_ATTRIBUTES.map((a) => attributeField(a, false)).join("\n")}
}`;
}

function propertiesTypes(): string[] {
  const byName = new Map<string, { properties: readonly AttributeDef[]; types: string[] }>();
  for (const type of Object.keys(RELATIONSHIP_VERBS)) {
    const name = linkPropertiesTypeName(type);
    const entry = byName.get(name) ?? { properties: linkPropertiesOf(type), types: [] };
    entry.types.push(type);
    byName.set(name, entry);
  }
  return [...byName.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, { properties, types }]) => {
      const doc =
        types.length === 1 ? `Properties of an ${types[0]} link.` : "Properties every link carries.";
      return `${JSON.stringify(doc)}
type ${name} @relationshipProperties {
${properties.map((a) => attributeField(a)).join("\n")}
}`;
    });
}

function dataObjectType(name: string, description: string): string {
  const fields = [
    ...attributesOf(name).map((a) => attributeField(a)),
    ...LINEAGE_RELATIONSHIPS.filter((r) => r.from === name).map((r) => relationshipField(r, "outgoing")),
    ...LINEAGE_RELATIONSHIPS.filter((r) => r.to === name).map((r) => relationshipField(r, "incoming")),
    ...ACCOUNTABILITY_RELATIONSHIPS.filter((r) => r.to === name).map((r) => relationshipField(r, "incoming")),
  ];
  return `${docString(description)}
type ${graphqlTypeName(name)} implements ${DATA_OBJECT_LABEL} @node(labels: ["${name}", "${DATA_OBJECT_LABEL}"]) ${plural(name)} ${LIMIT} {
${unique(name, fields).join("\n")}
}`;
}

function partyType(): string {
  const fields = [
    ...attributesOf(PARTY_TYPE.name).map((a) => attributeField(a)),
    ...ACCOUNTABILITY_TYPES.map((type) => {
      const rel = ACCOUNTABILITY_RELATIONSHIPS.find((r) => r.type === type) as RelationshipDef;
      return relationshipField({ ...rel, to: DATA_OBJECT_LABEL }, "outgoing");
    }),
  ];
  const roles = ACCOUNTABILITY_ROLES.map((r) => `{ jwt: { roles: { includes: "${r}" } } }`).join(", ");
  return `${docString(`${PARTY_TYPE.description} Only callers with the auditor, editor or admin role can read it.`)}
type ${PARTY_TYPE.name} @node(labels: ["${PARTY_TYPE.name}"]) ${plural(PARTY_TYPE.name)} ${LIMIT} @authorization(validate: [{ where: { OR: [${roles}] } }]) {
${unique(PARTY_TYPE.name, fields).join("\n")}
}`;
}

function plural(modelTypeName: string): string {
  return `@plural(value: "${queryFieldName(graphqlTypeName(modelTypeName))}")`;
}

function attributeField(attribute: AttributeDef, withDirectives = true): string {
  const values = attribute.values ? ` One of: ${attribute.values.join(", ")}.` : "";
  const directives = withDirectives
    ? ` ${[FILTERABLE, TIMESTAMPS[attribute.name]].filter(Boolean).join(" ")}`
    : "";
  return `  ${JSON.stringify(attribute.description + values)}\n  ${attribute.name}: ${fieldTypeOf(attribute)}${directives}`;
}

function relationshipField(rel: RelationshipDef, end: "outgoing" | "incoming"): string {
  const field = relationshipFieldName(rel, end);
  const other = graphqlTypeName(end === "outgoing" ? rel.to : rel.from);
  const direction = end === "outgoing" ? "OUT" : "IN";
  const verb = RELATIONSHIP_VERBS[rel.type];
  const reads = end === "outgoing" ? verb?.outgoing : verb?.incoming;
  const doc = `${rel.kind === "accountability" ? "Accountability" : "Lineage"}: ${rel.type} (${reads}).`;
  return (
    `  ${JSON.stringify(doc)}\n  ${field}: [${other}!]! @relationship(type: "${rel.type}", direction: ${direction}, ` +
    `properties: "${linkPropertiesTypeName(rel.type)}", ${NESTED_OPERATIONS})`
  );
}

function unique(typeName: string, fields: readonly string[]): readonly string[] {
  const seen = new Set<string>();
  for (const field of fields) {
    const name = /\n {2}(\w+):/.exec(field)?.[1] ?? "";
    if (seen.has(name)) throw new Error(`cannot happen: field ${typeName}.${name} is generated twice`);
    seen.add(name);
  }
  return fields;
}

function docString(text: string): string {
  return `"""\n${text.replaceAll('"""', "'''")}\n"""`;
}

function pascal(constant: string): string {
  return constant
    .toLowerCase()
    .split("_")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");
}
