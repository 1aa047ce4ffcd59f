import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { startLocalNeo4j } from "../neo4j/local-neo4j.ts";
import { createServer } from "./app.ts";
import type { RunningServer } from "./app.ts";
import { readServerConfig } from "./config.ts";
import { checkConnection, createDriver, migrate, readDbConfig } from "./db/index.ts";
import { isAppError } from "./errors/index.ts";
import { createLogger } from "./logger.ts";
import { seedDemoIfEmpty } from "../seed/index.ts";

/**
 * `npm start` / `npm run dev`: local Neo4j (unless NEO4J_URI is set) -> driver -> migrations -> the demo estate
 * when the database is empty -> HTTP server on PORT. SIGINT/SIGTERM stop the server, the driver and the local
 * Neo4j, in that order.
 */

async function main(): Promise<void> {
  const dev = process.argv.includes("--dev");
  const config = readServerConfig();
  const logger = createLogger(config.logLevel);
  const db = readDbConfig();
  const cleanups: (() => Promise<void>)[] = [];
  let stopping = false;
  const stop = async (code: number, reason: string) => {
    if (stopping) return;
    stopping = true;
    logger.info("shutting down", { reason });
    for (const cleanup of cleanups.reverse()) {
      await cleanup().catch((error: unknown) =>
        logger.warn("shutdown step failed", { error: String(error) }),
      );
    }
    logger.info("stopped");
    process.exit(code);
  };
  process.once("SIGINT", () => void stop(0, "SIGINT"));
  process.once("SIGTERM", () => void stop(0, "SIGTERM"));

  try {
    let connection = { uri: db.uri, user: db.user, password: db.password };
    if (db.local) {
      logger.info("starting the local Neo4j", { boltPort: db.boltPort, dataDir: db.dataDir });
      const local = await startLocalNeo4j({
        boltPort: db.boltPort,
        dataDir: db.dataDir,
        password: db.password,
        heap: db.heap,
        pageCache: db.pageCache,
        log: (line: string) => logger.info(line),
      });
      cleanups.push(() => local.stop());
      connection = { uri: local.uri, user: local.user, password: local.password };
    }
    const driver = createDriver({ ...db, ...connection });
    cleanups.push(() => driver.close());
    await checkConnection(driver, db.database, connection.uri);
    const migrations = await migrate(driver, db.database);
    logger.info("migrations", { applied: migrations.applied, alreadyApplied: migrations.alreadyApplied });
    const seeded = await seedDemoIfEmpty(driver, db.database);
    logger.info(seeded.loaded ? "demo estate loaded" : "database not empty: demo estate not loaded", {
      ...seeded,
    });
    const vite = dev ? await startViteMiddleware() : undefined;
    if (vite) cleanups.push(() => vite.close());
    const server: RunningServer = await createServer({
      config,
      driver,
      ...(vite ? { clientMiddleware: vite.middlewares } : {}),
      ...(db.database ? { database: db.database } : {}),
      logger,
    });
    cleanups.push(() => server.close());
    const shown = server.url.replace("127.0.0.1", "localhost");
    process.stdout.write(
      `\nIT4IT traceability explorer: ${shown}  (GraphQL ${shown}/graphql, schema built in ${server.schemaBuildMs} ms)\n`,
    );
    if (server.localEditorToken) {
      process.stdout.write(`Local editor token (8 h): ${server.localEditorToken}\n\n`);
    }
  } catch (error) {
    if (isAppError(error)) {
      logger.error(error.message, { code: error.code });
      process.stderr.write(`\n${error.code}: ${error.message}\n`);
    } else {
      logger.error("start-up failed", { error: error instanceof Error ? error.message : String(error) });
      process.stderr.write(`\nStart-up failed: ${error instanceof Error ? error.message : String(error)}\n`);
    }
    await stop(1, "start-up failed");
  }
}

/** `npm run dev`: the client served by Vite in middleware mode (hot reload), when the client exists. */
async function startViteMiddleware() {
  const configFile = fileURLToPath(new URL("../client/vite.config.ts", import.meta.url));
  if (!existsSync(configFile)) return undefined;
  const { createServer: createVite } = await import("vite");
  return createVite({ configFile, server: { middlewareMode: true }, appType: "spa" });
}

main().catch((error: unknown) => {
  // Configuration errors happen before the logger exists: one clear line, no stack.
  const message = isAppError(error) ? `${error.code}: ${error.message}` : String(error);
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
