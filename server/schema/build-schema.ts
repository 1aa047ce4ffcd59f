import { Neo4jGraphQL } from "@neo4j/graphql";
import { GraphQLScalarType } from "graphql";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { JSONScalar } from "./json-scalar.ts";
import { loadTypeDefs } from "./type-defs.ts";

/** Resolver maps merged into the generated schema (custom Query/Mutation fields, scalars). */
export type ResolverMap = Record<string, Record<string, unknown> | GraphQLScalarType>;

export interface BuildSchemaOptions {
  driver: Driver;
  /** Custom resolvers (traceability fields, importGraph); later maps win on the same field. */
  resolvers?: readonly ResolverMap[];
  /** Defaults to the committed model SDL plus the traceability SDL. */
  typeDefs?: readonly string[];
}

export interface BuiltSchema {
  schema: GraphQLSchema;
  /** Wall time @neo4j/graphql took to build the augmented schema. */
  buildMs: number;
}

/**
 * Builds the executable schema: @neo4j/graphql augments the model SDL with queries, connections (cursor
 * pagination), filters, sorting, aggregations and mutations for every type, and the custom resolvers are merged
 * in. Deprecated generated fields are left out (they would double the schema's size). The caller's roles reach
 * `@authorization` rules through the decoded `jwt` the request context carries, so no key is needed here; one
 * is set only to switch the library's authorization feature on.
 */
export async function buildSchema(options: BuildSchemaOptions): Promise<BuiltSchema> {
  const started = performance.now();
  const library = new Neo4jGraphQL({
    typeDefs: [...(options.typeDefs ?? loadTypeDefs())],
    driver: options.driver,
    resolvers: mergeResolvers([{ JSON: JSONScalar }, ...(options.resolvers ?? [])]),
    features: {
      authorization: { key: "jwt-verified-by-the-server-before-the-library-sees-it" },
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  });
  const schema = await library.getSchema();
  return { schema, buildMs: Math.round(performance.now() - started) };
}

/** Merges resolver maps type by type (a later map's field wins; a scalar replaces what was there). */
export function mergeResolvers(maps: readonly ResolverMap[]): ResolverMap {
  const merged: ResolverMap = {};
  for (const map of maps) {
    for (const [typeName, fields] of Object.entries(map)) {
      const existing = merged[typeName];
      merged[typeName] =
        fields instanceof GraphQLScalarType || existing === undefined || existing instanceof GraphQLScalarType
          ? fields
          : { ...existing, ...fields };
    }
  }
  return merged;
}
