import {
  Kind,
  TypeInfo,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  typeFromAST,
  visit,
  visitWithTypeInfo,
} from "graphql";
import type { DocumentNode, GraphQLInputType, GraphQLSchema } from "graphql";
import { DATA_OBJECT_TYPE_NAMES, PARTY_TYPE } from "../model/index.ts";
import { graphqlTypeName, queryFieldName } from "../schema/index.ts";

/** Fields of data object types that lead to accountability data (Party). */
const ACCOUNTABILITY_FIELDS = new Set(
  ["owners", "approvers", "assignees"].flatMap((f) => [f, `${f}Connection`, `${f}Aggregate`]),
);
const DATA_OBJECT_GRAPHQL_TYPES = new Set(DATA_OBJECT_TYPE_NAMES.map(graphqlTypeName));
/** Root fields that read Party: the list and the connection (with its aggregate). */
const PARTY_ROOT_FIELDS = new Set([
  queryFieldName(PARTY_TYPE.name),
  `${queryFieldName(PARTY_TYPE.name)}Connection`,
]);

/**
 * Where a GraphQL request touches accountability data: selections of Party (at any depth, through any
 * fragment), of owners/approvers/assignees on data objects (plain, connection, aggregate), and filters, sorts
 * or inputs naming those fields, in the document or in the variables. Returns readable paths (empty when
 * none). Used to refuse such requests from callers who may not see accountability (viewers).
 */
export function findAccountabilityUse(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>> = {},
): string[] {
  const uses = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType()?.name ?? "";
        const field = node.name.value;
        const readsParty =
          parent === PARTY_TYPE.name ||
          (DATA_OBJECT_GRAPHQL_TYPES.has(parent) && ACCOUNTABILITY_FIELDS.has(field)) ||
          (parent === schema.getQueryType()?.name && PARTY_ROOT_FIELDS.has(field));
        if (readsParty) uses.add(`${parent}.${field}`);
      },
      ObjectField(node) {
        const parent = typeInfo.getParentInputType();
        if (parent && isInputObjectType(getNamedType(parent)) && ACCOUNTABILITY_FIELDS.has(node.name.value)) {
          uses.add(`${getNamedType(parent).name}.${node.name.value}`);
        }
      },
    }),
  );
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      const type = typeFromAST(schema, variable.type) as GraphQLInputType | undefined;
      if (type)
        walkValue(variables[variable.variable.name.value], type, `$${variable.variable.name.value}`, uses);
    }
  }
  return [...uses].sort();
}

function walkValue(value: unknown, type: GraphQLInputType, path: string, uses: Set<string>): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return walkValue(value, type.ofType, path, uses);
  if (isListType(type)) {
    if (Array.isArray(value)) value.forEach((v, i) => walkValue(v, type.ofType, `${path}[${i}]`, uses));
    else walkValue(value, type.ofType, path, uses);
    return;
  }
  if (!isInputObjectType(type) || typeof value !== "object") return;
  const fields = type.getFields();
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    if (ACCOUNTABILITY_FIELDS.has(key)) uses.add(`${path}.${key}`);
    const field = fields[key];
    if (field) walkValue(inner, field.type, `${path}.${key}`, uses);
  }
}
