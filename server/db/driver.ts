import neo4j from "neo4j-driver";
import type { Driver, Record as Neo4jRecord } from "neo4j-driver";
import { fromDriverError } from "../errors/index.ts";
import type { DbConfig } from "./config.ts";

/** How long transient failures are retried, from the first failure (the driver's and readQuery's). */
export const RETRY_WITHIN_MS = 2000;

/**
 * The one Neo4j driver of a process. Short connection timeouts make an unreachable database fail fast
 * (DB_UNAVAILABLE within about 3 s) instead of hanging requests; transient failures are retried for 2 s.
 */
export function createDriver(config: Pick<DbConfig, "uri" | "user" | "password">): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    connectionTimeout: 3000,
    connectionAcquisitionTimeout: 3000,
    maxTransactionRetryTime: RETRY_WITHIN_MS,
    maxConnectionPoolSize: 100,
    disableLosslessIntegers: false,
    userAgent: "it4it-traceability-explorer",
  });
}

/**
 * The estate version: the bookmark of a trivial read, which moves with every committed write to the
 * database, whoever wrote it (server/traceability/estate-snapshot.ts). One auto-commit `RETURN 1` in a
 * session of its own: executeQuery with a bookmark manager runs an explicit transaction and costs the
 * driver about twice the work (0.86–1.08 vs 0.44–0.58 ms of CPU a probe measured here), and every request
 * that may be answered from memory waits for one.
 */
export async function estateVersion(driver: Driver, database?: string): Promise<string> {
  const session = driver.session({
    defaultAccessMode: neo4j.session.READ,
    ...(database ? { database } : {}),
  });
  try {
    await session.run("RETURN 1");
    return [...session.lastBookmarks()].sort().join(",");
  } catch (error) {
    throw fromDriverError(error);
  } finally {
    await session.close();
  }
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

/**
 * Runs a read query as one auto-commit transaction: RUN and PULL leave in one write and the records come back
 * in one round trip. A managed transaction (`executeQuery`) adds BEGIN before them and a COMMIT round trip
 * after the records: about 0.5 ms of a 2–2.5 ms trace measured on the bench estate, for nothing a read needs.
 * What executeQuery gave is kept: reads are routed to readers in a cluster; bookmarks are chained through
 * the driver's executeQuery bookmark manager, so a read after one of our writes sees it; transient failures
 * are retried (a read has no effect to repeat) on the driver's schedule, within RETRY_WITHIN_MS.
 */
export async function readQuery(driver: Driver, options: QueryOptions): Promise<Neo4jRecord[]> {
  let firstFailure: number | undefined;
  for (let attempt = 0; ; attempt++) {
    const session = driver.session({
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: driver.executeQueryBookmarkManager,
      ...(options.database ? { database: options.database } : {}),
    });
    try {
      const result = await session.run(
        options.cypher,
        options.params ?? {},
        options.timeoutMs ? { timeout: options.timeoutMs } : {},
      );
      return result.records;
    } catch (error) {
      firstFailure ??= Date.now();
      const delay = retryDelayMs(attempt, Date.now() - firstFailure);
      if (!neo4j.isRetryableError(error) || delay === undefined) throw fromDriverError(error);
      await new Promise((resolve) => setTimeout(resolve, delay));
    } finally {
      await session.close();
    }
  }
}

/**
 * The wait before trying again after failure `attempt` (0 for the first) of a transient kind, `elapsedMs` after
 * the first failure: the driver's own schedule for managed transactions (neo4j-driver-core's
 * TransactionExecutor: 1 s, doubling, ±20 % jitter; no more tries once a failure comes more than
 * RETRY_WITHIN_MS after the first), so a read fails as soon and as late as it did through executeQuery.
 */
export function retryDelayMs(attempt: number, elapsedMs: number, random = Math.random): number | undefined {
  if (elapsedMs > RETRY_WITHIN_MS) return undefined;
  return 1000 * 2 ** attempt * (0.8 + 0.4 * random());
}

/**
 * Runs a write query in one managed transaction, through `driver.executeQuery`: it pipelines BEGIN and RUN,
 * routes to the writer, retries transient failures and chains bookmarks, so a read after it sees it.
 */
export async function writeQuery(driver: Driver, options: QueryOptions): Promise<Neo4jRecord[]> {
  try {
    const result = await driver.executeQuery(options.cypher, options.params ?? {}, {
      ...(options.database ? { database: options.database } : {}),
      routing: "WRITE",
      ...(options.timeoutMs ? { transactionConfig: { timeout: options.timeoutMs } } : {}),
    });
    return result.records;
  } catch (error) {
    throw fromDriverError(error);
  }
}
