import type { Driver } from "neo4j-driver";
import { checkConnection, createDriver, migrate, readDbConfig } from "../server/db/index.ts";
import type { DbConfig } from "../server/db/index.ts";
import { isAppError } from "../server/errors/index.ts";

/**
 * Runs a command-line task against the configured Neo4j: NEO4J_URI when set; otherwise the local Neo4j,
 * started for the duration of the task when it is not already running (e.g. under `npm start`). Migrations
 * are applied first. Errors print their code and message and set a non-zero exit code.
 */
export async function withDatabase(task: (driver: Driver, config: DbConfig) => Promise<void>): Promise<void> {
  const config = readDbConfig();
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
    console.error(isAppError(error) ? `${error.code}: ${error.message}` : error);
    process.exitCode = 1;
  } finally {
    await driver.close();
    await stopLocal?.();
  }
}
