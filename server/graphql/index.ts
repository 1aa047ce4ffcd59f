/**
 * The GraphQL layer's public entry: Apollo with the project's plugins and validation rules, and the checks
 * the HTTP adapter runs before a document reaches Apollo (token count, input sizes), and the request context.
 * Everything else in server/graphql is internal to it.
 */
export { createApollo } from "./create-apollo.ts";
export type { CreateApolloOptions } from "./create-apollo.ts";
export { checkInputLimits, checkScannedInput } from "./input-limits.ts";
export type { InputLimits, InputRequest, ScannedInput } from "./input-limits.ts";
export { buildRequestContext } from "./request-context.ts";
export type { RequestContextInput } from "./request-context.ts";
export { checkTokenLimit } from "./token-limit.ts";
