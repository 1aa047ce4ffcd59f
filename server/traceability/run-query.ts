import type { RequestContext } from "../context.ts";
import { loadCypher, readQuery } from "../db/index.ts";
import { toParams } from "./neo4j-values.ts";

/** What running a named query needs of a request: its driver, database and timeout. */
export type QueryContext = Pick<RequestContext, "driver" | "database" | "queryTimeoutMs">;

/**
 * Runs a named query of cypher/queries/ in a read transaction with the request's timeout and returns its rows
 * as plain objects (driver errors become AppErrors in readQuery).
 */
export async function runNamedQuery(
  ctx: QueryContext,
  name: string,
  params: Record<string, unknown>,
): Promise<Record<string, unknown>[]> {
  const records = await readQuery(ctx.driver, {
    ...(ctx.database ? { database: ctx.database } : {}),
    cypher: loadCypher(`queries/${name}.cypher`),
    params: toParams(params),
    timeoutMs: ctx.queryTimeoutMs,
  });
  return records.map((r) => r.toObject() as Record<string, unknown>);
}
