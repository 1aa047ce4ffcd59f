import { existsSync, rmSync } from "node:fs";
import { createConnection } from "node:net";
import { join, resolve } from "node:path";
import type { Driver } from "neo4j-driver";
import { runningLocalNeo4jPid, startLocalNeo4j } from "../../neo4j/local-neo4j.ts";
import { LOCAL_DATABASE, runOfflineImport } from "../../neo4j/offline-import.ts";
import { createDriver, migrate } from "../../server/db/index.ts";
import type { DbConfig } from "../../server/db/index.ts";
import { AppError } from "../../server/errors/index.ts";
import { holdsEstate } from "../../server/import/index.ts";
import { AdminCsvWriter } from "./admin-csv.ts";

export interface OfflineLoadOptions {
  config: DbConfig;
  /**
   * `replace`: whatever the local database holds is replaced (`seed --reset`); `empty-only`: a database that
   * holds any data object or party is refused (`import --initial`).
   */
  target: "replace" | "empty-only";
  /** Gives every node, then every relationship, to the writer; throws (nothing is imported) on bad input. */
  write: (csv: AdminCsvWriter) => Promise<void> | void;
  /** Progress lines (stderr in the CLIs). */
  log?: (line: string) => void;
}

export interface OfflineLoadSummary {
  nodes: number;
  relationships: number;
  /** Writing the tool's CSV. */
  csvSeconds: number;
  /** The import tool. */
  importSeconds: number;
  /** Starting Neo4j on the imported store and applying the migrations (constraints, indexes). */
  startSeconds: number;
  /** Nodes plus relationships per second of CSV writing plus import. */
  perSecond: number;
  /** Migrations applied after the import. */
  migrations: string[];
}

/**
 * The initial load through Neo4j's offline import tool, for the local Neo4j only: refuses a remote NEO4J_URI
 * and a local Neo4j that another process holds (it must be stopped), and (empty-only) a database that holds an
 * estate; writes the tool's CSV, runs the tool into the stopped database, then starts the local Neo4j on the
 * imported store, applies the migrations (constraints and indexes are built once, over the whole store) and
 * stops it again. Nothing is changed before the input has been written whole to CSV, so bad input leaves the
 * database as it was.
 */
export async function offlineLoad(options: OfflineLoadOptions): Promise<OfflineLoadSummary> {
  const { config } = options;
  const log = options.log ?? (() => undefined);
  requireLocal(config);
  await requireStopped(config);
  if (options.target === "empty-only" && existsSync(storeDir(config))) {
    log("Checking that the local database holds no estate…");
    const holds = await withLocalNeo4j(config, log, (driver) => holdsEstate(driver));
    if (holds) {
      throw new AppError(
        "BAD_USER_INPUT",
        `--initial loads into an empty database, but the local Neo4j (${config.dataDir}) already holds data objects or parties. ` +
          "Import into it online instead (npm run import -- FILE, without --initial), or start from an empty database (npm run db:reset) and run again.",
        { details: { argument: "--initial", reason: "DATABASE_NOT_EMPTY" } },
      );
    }
  }

  const workDir = join(resolve(config.dataDir), "offline-import");
  rmSync(workDir, { recursive: true, force: true });
  try {
    const csvStarted = performance.now();
    const writer = new AdminCsvWriter(join(workDir, "csv"));
    try {
      await options.write(writer);
    } catch (error) {
      writer.close();
      throw error;
    }
    const files = writer.close();
    if (files.unresolved > 0) {
      throw new Error(
        `cannot happen: ${files.unresolved} validated relationship(s) name a node the input did not give before them`,
      );
    }
    const csvSeconds = (performance.now() - csvStarted) / 1000;
    const nodes = files.nodes.reduce((sum, f) => sum + f.count, 0);
    const relationships = files.relationships.reduce((sum, f) => sum + f.count, 0);
    log(
      `Wrote the import tool's CSV: ${nodes.toLocaleString("en")} nodes, ${relationships.toLocaleString("en")} relationships in ${csvSeconds.toFixed(1)} s. Running the import tool…`,
    );
    const imported = await runOfflineImport({
      dataDir: config.dataDir,
      workDir,
      nodes: files.nodes,
      relationships: files.relationships,
      multilineFields: files.multiline,
      longestRow: files.longestRow,
      heap: config.heap,
      maxOffHeap: config.pageCache,
      log,
    });
    if (imported.nodes !== nodes || imported.relationships !== relationships) {
      throw new Error(
        `cannot happen: the import tool reports ${imported.nodes} nodes and ${imported.relationships} relationships, ${nodes} and ${relationships} were written`,
      );
    }
    log("Starting the local Neo4j on the imported database and applying migrations…");
    const startStarted = performance.now();
    const migrations = await withLocalNeo4j(config, log, async (driver) => (await migrate(driver)).applied);
    const startSeconds = (performance.now() - startStarted) / 1000;
    return {
      nodes,
      relationships,
      csvSeconds,
      importSeconds: imported.seconds,
      startSeconds,
      perSecond: (nodes + relationships) / (csvSeconds + imported.seconds),
      migrations,
    };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

const START_TIMEOUT_MS = 900_000;

/** Where the local Neo4j keeps the store of its database (LocalNeo4j's home is the data directory). */
const storeDir = (config: DbConfig): string =>
  join(resolve(config.dataDir), "data", "databases", LOCAL_DATABASE);

function requireLocal(config: DbConfig): void {
  if (config.local) return;
  throw new AppError(
    "BAD_USER_INPUT",
    `The offline import writes the store files of the project's local Neo4j, but NEO4J_URI is set (${config.uri}): ` +
      "a remote Neo4j's files are out of reach. Import online instead: npm run import -- FILE (without --initial), " +
      "or unset NEO4J_URI to load the local Neo4j.",
    { details: { argument: "--initial", reason: "REMOTE_NEO4J" } },
  );
}

/** Refuses when the local Neo4j runs in another process (npm start, npm run db:start…) or its port is taken. */
async function requireStopped(config: DbConfig): Promise<void> {
  const pid = runningLocalNeo4jPid(config.dataDir);
  const listening = await portAnswers(config.boltPort);
  if (pid === undefined && !listening) return;
  throw new AppError(
    "LOCAL_NEO4J_FAILED",
    pid !== undefined
      ? `The local Neo4j (${config.dataDir}) is running in another process (pid ${pid}: npm start, npm run dev or npm run db:start). ` +
          "The offline import needs it stopped: stop that process (Ctrl-C, or npm run db:stop) and run again, or load online (add --online)."
      : `Something already listens on the local Neo4j's port ${config.boltPort} (another Neo4j?). ` +
          "The offline import needs the local Neo4j stopped: stop it (npm run db:stop), or choose another port with NEO4J_BOLT_PORT.",
    { details: { reason: "LOCAL_NEO4J_IN_USE", ...(pid !== undefined ? { pid } : {}) } },
  );
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolvePort) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolvePort(true);
    });
    socket.once("error", () => resolvePort(false));
  });
}

/** Starts the local Neo4j for `task` and stops it afterwards. */
async function withLocalNeo4j<T>(
  config: DbConfig,
  log: (line: string) => void,
  task: (driver: Driver) => Promise<T>,
): Promise<T> {
  const local = await startLocalNeo4j({
    boltPort: config.boltPort,
    dataDir: config.dataDir,
    password: config.password,
    heap: config.heap,
    pageCache: config.pageCache,
    log,
    // The first start on a freshly imported store of a million objects can take minutes on a busy machine.
    startTimeoutMs: START_TIMEOUT_MS,
  });
  const driver = createDriver({ ...config, uri: local.uri });
  try {
    return await task(driver);
  } finally {
    await driver.close();
    await local.stop();
  }
}
