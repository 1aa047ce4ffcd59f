/**
 * The benchmarks' own local Neo4j: the project's launcher (neo4j/local-neo4j.ts) on 127.0.0.1:7690
 * (BENCH_NEO4J_BOLT_PORT) with a data directory under .data/bench/, the project's driver settings and its
 * migrations. One runs at a time (the machine has two cores).
 */
import type { Driver } from "neo4j-driver";
import { startLocalNeo4j } from "../neo4j/local-neo4j.ts";
import { createDriver, migrate } from "../server/db/index.ts";

export interface BenchNeo4j {
  /** Which estate directory it serves. */
  dataDir: string;
  uri: string;
  user: string;
  password: string;
  pid: number;
  driver: Driver;
  stop(): Promise<void>;
}

export const BENCH_NEO4J_PASSWORD = "it4it-bench-password";

export function benchBoltPort(): number {
  const raw = process.env.BENCH_NEO4J_BOLT_PORT ?? "7690";
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`BENCH_NEO4J_BOLT_PORT must be a port number, got "${raw}".`);
  }
  return port;
}

/** Heap and page cache for an estate of `scale` objects (BENCH_NEO4J_HEAP / BENCH_NEO4J_PAGECACHE override). */
export function memoryFor(scale: number): { heap: string; pageCache: string } {
  const big = scale >= 500_000;
  return {
    heap: process.env.BENCH_NEO4J_HEAP ?? (big ? "4g" : "2g"),
    pageCache: process.env.BENCH_NEO4J_PAGECACHE ?? (big ? "4g" : "1g"),
  };
}

/**
 * Waits until Neo4j answers: on a busy machine the first connections after start-up can exceed the driver's
 * 3 s acquisition timeout, which would fail the whole run.
 */
async function answering(driver: Driver): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      await driver.executeQuery("RETURN 1", {}, { routing: "READ" });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

/** Starts the bench Neo4j on `dataDir` and applies the project's migrations. */
export async function startBenchNeo4j(dataDir: string, scale: number): Promise<BenchNeo4j> {
  const local = await startLocalNeo4j({
    boltPort: benchBoltPort(),
    dataDir,
    password: BENCH_NEO4J_PASSWORD,
    ...memoryFor(scale),
    // A first start on a large estate, or on a busy machine, takes minutes.
    startTimeoutMs: 600_000,
    log: (line) => process.stderr.write(`[neo4j] ${line}\n`),
  });
  const driver = createDriver({ uri: local.uri, user: local.user, password: local.password });
  try {
    await answering(driver);
    await migrate(driver);
  } catch (error) {
    await driver.close();
    await local.stop();
    throw error;
  }
  return {
    dataDir,
    uri: local.uri,
    user: local.user,
    password: local.password,
    pid: local.pid,
    driver,
    async stop() {
      await driver.close();
      await local.stop();
    },
  };
}
