/**
 * The GraphQL schema: type definitions generated from the meta-model (model.graphql), the traceability SDL,
 * and the augmented, executable schema @neo4j/graphql builds from them.
 */
export { buildSchema, mergeResolvers } from "./build-schema.ts";
export type { BuildSchemaOptions, BuiltSchema, ResolverMap } from "./build-schema.ts";
export { AUGMENTED_SNAPSHOT_PATH, printSortedSchema } from "./augmented-schema.ts";
export {
  ACCOUNTABILITY_ROLES,
  LIST_LIMITS,
  RESERVED_TYPE_RENAMES,
  fieldTypeOf,
  generateModelSdl,
  graphqlTypeName,
  linkPropertiesTypeName,
  queryFieldName,
} from "./generate.ts";
export { JSONScalar } from "./json-scalar.ts";
export { MODEL_SDL_PATH, TRACEABILITY_SDL_PATH, loadTypeDefs } from "./type-defs.ts";
