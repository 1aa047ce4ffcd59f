import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from "graphql";
import type {
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
} from "graphql";
import { HOSTILE_STRINGS } from "./hostile-strings.ts";
import type { Random } from "../../../seed/generator/random.ts";

/**
 * Random GraphQL documents built from the real (augmented) schema: real root fields, arguments of the right
 * types (or deliberately wrong ones), nested selections, every string argument a hostile string. Pure: the
 * same schema and random source give the same documents.
 */

/** An enum value inside a JS value tree, printed bare (not quoted) in a literal. */
export class EnumValue {
  constructor(readonly name: string) {}
}

export interface Built {
  query: string;
  variables?: Record<string, unknown>;
}

export interface DocumentOptions {
  /** Probability that any one argument value has a wrong type. */
  wrongTypeRate: number;
  /** Maximum selection depth below the root field. */
  maxDepth: number;
  /** Pass arguments as variables instead of inline literals. */
  useVariables: boolean;
}

/** Prints a JS value tree as a GraphQL literal (strings escaped as JSON, which GraphQL also reads). */
export function printLiteral(value: unknown): string {
  if (value instanceof EnumValue) return value.name;
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "0";
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map(printLiteral).join(", ")}]`;
  const fields = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}: ${printLiteral(v)}`);
  return `{ ${fields.join(", ")} }`;
}

/** Converts a value tree to JSON variables (enum values become their names). */
export function toVariable(value: unknown): unknown {
  if (value instanceof EnumValue) return value.name;
  if (Array.isArray(value)) return value.map(toVariable);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toVariable(v)]));
  }
  return value;
}

/** A value of the wrong type for anything. */
export function wrongValue(r: Random): unknown {
  return r.pick<unknown>([
    "not-a-number",
    1e21,
    -2147483649,
    2147483648,
    3.5,
    true,
    { nested: { deeper: [1, "two", null] } },
    [],
    [[["x"]]],
    new EnumValue("NOT_AN_ENUM"),
    r.pick(HOSTILE_STRINGS),
  ]);
}

const SCALARS: Record<string, (r: Random) => unknown> = {
  ID: (r) => r.pick(HOSTILE_STRINGS),
  String: (r) => r.pick(HOSTILE_STRINGS),
  Int: (r) => r.pick([0, 1, 2, 5, 10, -1, 1000, 1001, 2147483647]),
  Float: (r) => r.pick([0, 1.5, -1e308, 1e308, 3.14]),
  Boolean: (r) => r.chance(0.5),
  DateTime: (r) => r.pick(["2026-01-02T03:04:05Z", "2026-13-45T99:99:99Z", "yesterday", ""]),
  Date: (r) => r.pick(["2026-01-02", "2026-02-30", "0000-00-00"]),
  JSON: (r) => r.pick<unknown>([{ nodes: [], relationships: [] }, "x", 1, null, { a: [{ b: {} }] }]),
};

/** A value for an input type; input objects get a few random fields (all required ones), bounded in depth. */
export function valueFor(type: GraphQLInputType, r: Random, options: DocumentOptions, depth = 0): unknown {
  if (r.chance(options.wrongTypeRate)) return wrongValue(r);
  if (isNonNullType(type)) return valueFor(type.ofType, r, options, depth);
  if (isListType(type)) {
    const n = depth > 2 ? 0 : r.int(0, 3);
    return Array.from({ length: n }, () => valueFor(type.ofType, r, options, depth + 1));
  }
  if (isEnumType(type)) return new EnumValue(r.pick(type.getValues()).name);
  if (isScalarType(type)) return (SCALARS[type.name] ?? SCALARS.String)?.(r);
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const required = fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    const optional = depth > 2 ? [] : fields.filter((f) => !required.includes(f));
    const chosen = [...required];
    for (let i = r.int(0, 2); i > 0 && optional.length > 0; i--) chosen.push(r.pick(optional));
    return Object.fromEntries(chosen.map((f) => [f.name, valueFor(f.type, r, options, depth + 1)]));
  }
  return null;
}

/** A selection set for a type, `depth` levels at most, always at least one field. */
export function selectionFor(type: GraphQLNamedType, r: Random, depth: number): string {
  if (isLeafType(type)) return "";
  if (isUnionType(type) || (isInterfaceType(type) && r.chance(0.3))) {
    const members = isUnionType(type) ? type.getTypes() : [];
    const fragment = members.length > 0 ? r.pick(members) : undefined;
    return fragment
      ? `{ __typename ... on ${fragment.name} ${selectionFor(fragment, r, depth)} }`
      : `{ __typename }`;
  }
  const fields = Object.values((type as GraphQLObjectType).getFields());
  const usable = fields.filter((f) => f.args.every((a) => !isNonNullType(a.type)));
  const leaves = usable.filter((f) => isLeafType(getNamedType(f.type)));
  const nested = depth > 0 ? usable.filter((f) => !isLeafType(getNamedType(f.type))) : [];
  const parts = new Set<string>();
  for (let i = r.int(1, 4); i > 0 && leaves.length > 0; i--) parts.add(r.pick(leaves).name);
  for (let i = r.int(0, 2); i > 0 && nested.length > 0; i--) {
    const field = r.pick(nested);
    parts.add(`${field.name} ${selectionFor(getNamedType(field.type), r, depth - 1)}`);
  }
  if (parts.size === 0) parts.add("__typename");
  return `{ ${[...parts].join(" ")} }`;
}

/** A document calling one root field with random arguments and a random selection. */
export function fieldDocument(
  operation: "query" | "mutation",
  field: GraphQLField<unknown, unknown>,
  r: Random,
  options: DocumentOptions,
  argValues: Record<string, unknown> = {},
): Built {
  const args: GraphQLArgument[] = field.args.filter(
    (a) => isNonNullType(a.type) || a.name in argValues || r.chance(0.5),
  );
  const values = Object.fromEntries(
    args.map((a) => [a.name, a.name in argValues ? argValues[a.name] : valueFor(a.type, r, options)]),
  );
  const selection = selectionFor(getNamedType(field.type), r, options.maxDepth);
  if (!options.useVariables || args.length === 0) {
    const printed = args.map((a) => `${a.name}: ${printLiteral(values[a.name])}`).join(", ");
    return { query: `${operation} { ${field.name}${printed ? `(${printed})` : ""} ${selection} }` };
  }
  const declared = args.map((a, i) => `$v${i}: ${r.chance(options.wrongTypeRate) ? "Int" : String(a.type)}`);
  const passed = args.map((a, i) => `${a.name}: $v${i}`);
  const variables = Object.fromEntries(args.map((a, i) => [`v${i}`, toVariable(values[a.name])]));
  return {
    query: `${operation} Fuzz(${declared.join(", ")}) { ${field.name}(${passed.join(", ")}) ${selection} }`,
    variables,
  };
}

/** The schema's root fields, split the way the fuzz test uses them. */
export interface RootFields {
  queries: GraphQLField<unknown, unknown>[];
  creates: GraphQLField<unknown, unknown>[];
  otherMutations: GraphQLField<unknown, unknown>[];
  /** Object types that have at least one field returning another object type (for deep nesting). */
  nestable: GraphQLObjectType[];
}

export function rootFields(schema: GraphQLSchema): RootFields {
  const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});
  const nestable = Object.values(schema.getTypeMap()).filter(
    (t): t is GraphQLObjectType =>
      isObjectType(t) &&
      !t.name.startsWith("__") &&
      Object.values(t.getFields()).some((f) => isObjectType(getNamedType(f.type))),
  );
  return {
    queries: Object.values(schema.getQueryType()?.getFields() ?? {}),
    creates: mutations.filter((f) => f.name.startsWith("create")),
    otherMutations: mutations.filter((f) => !f.name.startsWith("create")),
    nestable,
  };
}

/** `{ a { b { c { ... id } } } }` following object fields `depth` levels down from a root list field. */
export function deepDocument(roots: RootFields, r: Random, depth: number): string {
  const lists = roots.queries.filter(
    (f) => isObjectType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)),
  );
  const root = r.pick(lists);
  let type = getNamedType(root.type) as GraphQLObjectType;
  const path: string[] = [root.name];
  for (let i = 0; i < depth; i++) {
    const next = Object.values(type.getFields()).filter(
      (f) => isObjectType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)),
    );
    if (next.length === 0) break;
    const field = r.pick(next);
    path.push(field.name);
    type = getNamedType(field.type) as GraphQLObjectType;
  }
  return `{ ${path.join(" { ")} { __typename ${"}".repeat(path.length)} }`;
}
