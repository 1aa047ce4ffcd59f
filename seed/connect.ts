import type { Driver } from "neo4j-driver";
import { checkConnection, createDriver, migrate, readDbConfig } from "../server/db/index.ts";
import type { DbConfig } from "../server/db/index.ts";
import { isAppError } from "../server/errors/index.ts";

/**
 * Runs a command-line task against the configured Neo4j: NEO4J_URI when set; otherwise the local Neo4j,
 * started for the duration of the task when it is not already running (e.g. under `npm start`). Migrations
 * are applied first. Errors print their code and message and set a non-zero exit code.
 */
export async function withDatabase(
  task: (driver: Driver, config: DbConfig) => Promise<void>,
  config: DbConfig = readDbConfig(),
): Promise<void> {
  let driver = createDriver(config);
  let stopLocal: (() => Promise<void>) | undefined;
  try {
    try {
      await checkConnection(driver, config.database, config.uri);
    } catch (error) {
      if (!config.local) throw error;
      await driver.close();
      const { startLocalNeo4j } = await import("../neo4j/local-neo4j.ts");
      const local = await startLocalNeo4j({
        boltPort: config.boltPort,
        dataDir: config.dataDir,
        password: config.password,
        heap: config.heap,
        pageCache: config.pageCache,
        log: (line: string) => process.stderr.write(`${line}\n`),
      });
      stopLocal = () => local.stop();
      driver = createDriver({ ...config, uri: local.uri });
    }
    await migrate(driver, config.database);
    await task(driver, config);
  } catch (error) {
    reportError(error);
  } finally {
    await driver.close();
    await stopLocal?.();
  }
}

/** Runs a command-line task that manages its own database access; errors are reported as by withDatabase. */
export async function runTask(task: () => Promise<void>): Promise<void> {
  try {
    await task();
  } catch (error) {
    reportError(error);
  }
}

/**
 * Prints an error as `CODE: message` (and each located problem of a VALIDATION_FAILED) and sets the exit
 * code: 2 for invalid input, 1 otherwise.
 */
export function reportError(error: unknown): void {
  if (!isAppError(error)) {
    console.error(error);
    process.exitCode = 1;
    return;
  }
  console.error(`${error.code}: ${error.message}`);
  const problems = error.details?.problems;
  if (Array.isArray(problems)) {
    for (const p of problems as { location: string; field: string | null; code: string; message: string }[]) {
      console.error(`  ${p.location}${p.field ? ` [${p.field}]` : ""} ${p.code}: ${p.message}`);
    }
  }
  process.exitCode = error.code === "VALIDATION_FAILED" ? 2 : 1;
}
