import type { Driver } from "neo4j-driver";
import type { Caller } from "../auth/index.ts";
import type { RequestContext } from "../context.ts";

export interface RequestContextInput {
  driver: Driver;
  database: string | undefined;
  caller: Caller;
  queryTimeoutMs: number;
  requestId: string;
}

/**
 * The context every resolver gets: ours (driver, roles, subject, timeout, request id) and what @neo4j/graphql
 * reads (the verified claims as `jwt`, where to run, the transaction timeout and metadata).
 */
export function buildRequestContext(input: RequestContextInput): RequestContext & Record<string, unknown> {
  const { driver, database, caller, queryTimeoutMs, requestId } = input;
  return {
    driver,
    ...(database ? { database } : {}),
    roles: caller.roles,
    ...(caller.subject ? { subject: caller.subject } : {}),
    queryTimeoutMs,
    requestId,
    jwt: caller.claims,
    executionContext: driver,
    ...(database ? { sessionConfig: { database } } : {}),
    transaction: { timeout: queryTimeoutMs, metadata: { requestId } },
  };
}
