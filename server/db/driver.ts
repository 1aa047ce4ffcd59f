import neo4j from "neo4j-driver";
import type { Driver, Record as Neo4jRecord } from "neo4j-driver";
import { fromDriverError } from "../errors/index.ts";
import type { DbConfig } from "./config.ts";

/**
 * The one Neo4j driver of a process. Short connection timeouts make an unreachable database fail fast
 * (DB_UNAVAILABLE within about 3 s) instead of hanging requests; transient failures are retried for 2 s.
 */
export function createDriver(config: Pick<DbConfig, "uri" | "user" | "password">): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    connectionTimeout: 3000,
    connectionAcquisitionTimeout: 3000,
    maxTransactionRetryTime: 2000,
    maxConnectionPoolSize: 100,
    disableLosslessIntegers: false,
    userAgent: "it4it-traceability-explorer",
  });
}

/**
 * Throws DB_UNAVAILABLE or DB_AUTH_FAILED (with what to do) unless Neo4j answers a query; `target` (the URI)
 * is named in the message.
 */
export async function checkConnection(driver: Driver, database?: string, target?: string): Promise<void> {
  try {
    await driver.executeQuery("RETURN 1", {}, { ...(database ? { database } : {}), routing: "READ" });
  } catch (error) {
    throw fromDriverError(error, target);
  }
}

export interface QueryOptions {
  database?: string;
  cypher: string;
  params?: Record<string, unknown>;
  /** Transaction timeout; Neo4j aborts the query after it (DB_TIMEOUT). */
  timeoutMs?: number;
}

/** Runs a read query in a managed read transaction (retried when transient; routed to readers in a cluster). */
export function readQuery(driver: Driver, options: QueryOptions): Promise<Neo4jRecord[]> {
  return run(driver, "READ", options);
}

/** Runs a write query in a managed write transaction. */
export function writeQuery(driver: Driver, options: QueryOptions): Promise<Neo4jRecord[]> {
  return run(driver, "WRITE", options);
}

async function run(driver: Driver, mode: "READ" | "WRITE", options: QueryOptions): Promise<Neo4jRecord[]> {
  const session = driver.session({
    ...(options.database ? { database: options.database } : {}),
    defaultAccessMode: mode,
  });
  const config = options.timeoutMs ? { timeout: options.timeoutMs } : {};
  try {
    const work = async (tx: {
      run: (q: string, p?: Record<string, unknown>) => PromiseLike<{ records: Neo4jRecord[] }>;
    }) => (await tx.run(options.cypher, options.params ?? {})).records;
    return mode === "READ"
      ? await session.executeRead(work, config)
      : await session.executeWrite(work, config);
  } catch (error) {
    throw fromDriverError(error);
  } finally {
    await session.close();
  }
}
