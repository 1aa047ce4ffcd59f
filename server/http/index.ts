/**
 * The HTTP adapter's public entry: GraphQL over HTTP (body deadline, per-client cap on unfinished bodies,
 * concurrency pools), idle connections held past their advertised Keep-Alive, the Host allow-list, JSON
 * answers and the built client. Everything else in server/http is internal to it.
 */
export { isAllowedHost } from "./allowed-host.ts";
export { createConcurrencyGate } from "./concurrency.ts";
export type { CallerClass, ConcurrencyGate } from "./concurrency.ts";
export { handleGraphQL } from "./graphql-handler.ts";
export { holdIdleConnection } from "./hold-idle-connection.ts";
export type { GraphQLHandlerDeps } from "./graphql-handler.ts";
export { createPendingBodies } from "./pending-bodies.ts";
export type { PendingBodies } from "./pending-bodies.ts";
export { sendGraphQLError, sendJson } from "./responses.ts";
export { serveClient } from "./static-client.ts";
