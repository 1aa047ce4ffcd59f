import { createRequire } from "node:module";
import { getNamedType, isCompositeType, isListType, isNonNullType } from "graphql";
import type { DocumentNode, GraphQLField, GraphQLOutputType, GraphQLSchema } from "graphql";
import type { ComplexityEstimatorArgs, getComplexity as GetComplexity } from "graphql-query-complexity";

// The CommonJS build, like @neo4j/graphql: its ESM build would load graphql's ESM build in tools that prefer
// "module" (Vitest), and a schema from one graphql instance cannot be walked by the other.
const { getComplexity } = createRequire(import.meta.url)("graphql-query-complexity") as {
  getComplexity: typeof GetComplexity;
};

/** A field returning an object costs this plus its children; a scalar (or enum) field costs SCALAR_COST. */
export const OBJECT_COST = 2;
export const SCALAR_COST = 1;
/** Each level of nesting weighs its children by this factor (deep documents cost more than wide ones). */
export const DEPTH_FACTOR = 1.5;
/** Arguments that say how many rows a list or connection field returns, wherever they appear in its arguments. */
const SIZE_ARGUMENTS = new Set(["limit", "first", "last"]);
/** Arguments that say how many rows are read and skipped before the ones returned. */
const SKIP_ARGUMENTS = new Set(["offset"]);
/** Fields met beyond this (fragments expanded) make the estimate refuse the document outright. */
export const MAX_QUERY_NODES = 10_000;

export interface CostRequest {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  /** The request's variables: sizes passed as `$n` count like literals. */
  variables?: Readonly<Record<string, unknown>>;
}

/**
 * Estimated cost of one operation, with the variables evaluated (graphql-query-complexity coerces them and
 * applies defaults, `@skip` and `@include`): a field that returns a list or a connection costs its own cost
 * times its page size — the largest `limit`, `first` or `last` among its arguments, nested input objects
 * included — plus one per `offset` row skipped. Introspection fields are costed like any other. A list without
 * a size argument counts as one row (the schema's @limit default caps it at 100). Throws a GraphQLError when
 * the variables do not coerce or the document has more than MAX_QUERY_NODES fields.
 */
export function estimateCost(request: CostRequest): number {
  return getComplexity({
    schema: request.schema,
    query: request.document,
    variables: { ...(request.variables ?? {}) },
    ...(request.operationName ? { operationName: request.operationName } : {}),
    estimators: [fieldCost],
    maxQueryNodes: MAX_QUERY_NODES,
  });
}

function fieldCost({ field, args, childComplexity }: ComplexityEstimatorArgs): number {
  const typed = field as GraphQLField<unknown, unknown>;
  const own = isCompositeType(getNamedType(typed.type))
    ? OBJECT_COST + DEPTH_FACTOR * childComplexity
    : SCALAR_COST;
  if (!returnsMany(typed.type, typed.name)) return own;
  const sizes = { rows: 0, skipped: 0 };
  collectSizes(args, sizes, 0);
  return own * Math.max(1, sizes.rows) + SCALAR_COST * sizes.skipped;
}

/** Lists and Relay connections (`...Connection` fields of @neo4j/graphql) return many rows. */
function returnsMany(type: GraphQLOutputType, name: string): boolean {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isListType(inner) || name.endsWith("Connection");
}

/** The largest size and offset anywhere in the (coerced) arguments; nesting is bounded by the input types. */
function collectSizes(value: unknown, sizes: { rows: number; skipped: number }, depth: number): void {
  if (depth > 10 || value === null || typeof value !== "object") return;
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    if (typeof inner === "number" && Number.isFinite(inner)) {
      if (SIZE_ARGUMENTS.has(key)) sizes.rows = Math.max(sizes.rows, inner);
      if (SKIP_ARGUMENTS.has(key)) sizes.skipped = Math.max(sizes.skipped, inner);
    } else if (!Array.isArray(inner)) {
      collectSizes(inner, sizes, depth + 1);
    }
  }
}
