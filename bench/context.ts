/**
 * What the benchmarks of one run share, started lazily and stopped at the end: the bench Neo4j holding an
 * estate (one at a time: switching estates stops the other), PostgreSQL with the same estate, and the
 * explorer's server against the current Neo4j (one at a time, on the bench port).
 */
import type pg from "pg";
import { resetEstate } from "../seed/reset.ts";
import {
  estateDir,
  estateDocument,
  estateName,
  loadAndMark,
  markerHolds,
  readMarker,
  wipeEstate,
} from "./estate.ts";
import { OFFLINE_FROM, loadEstateOffline } from "./offline-estate.ts";
import type { EstateKey } from "./estate.ts";
import { startBenchNeo4j } from "./neo4j.ts";
import type { BenchNeo4j } from "./neo4j.ts";
import type { Floors } from "./floor.ts";
import type { BenchOptions } from "./options.ts";
import { ensurePgEstate } from "./pg-estate.ts";
import { startPostgres } from "./postgres.ts";
import type { BenchPostgres } from "./postgres.ts";
import { startInProcessServer, startServerProcess } from "./server.ts";
import type { BenchServer, BenchServerOptions } from "./server.ts";

export type ServerKind = "in-process" | "process";

export class BenchContext {
  readonly estate: EstateKey;
  private neo: BenchNeo4j | undefined;
  private neoKey: string | undefined;
  private pg: BenchPostgres | undefined;
  private pgKey: string | undefined;
  private server: { id: string; instance: BenchServer } | undefined;
  /** The floors measured in this run (set by the first benchmark that measures them; see floor.ts). */
  floors: Floors | undefined;

  constructor(readonly options: BenchOptions) {
    this.estate = { kind: "generated", scale: options.scale, seed: options.seed };
  }

  /** The Neo4j holding `key` (default: this run's estate), loading it unless a valid marker says it is there. */
  async neo4j(key: EstateKey = this.estate): Promise<BenchNeo4j> {
    if (this.neo && this.neoKey === estateName(key)) return this.neo;
    await this.stopNeo4j();
    let marker = readMarker(key);
    if (!marker) wipeEstate(key);
    // Large estates come in through the import tool (minutes at 1M instead of the online loader's hours).
    if (!marker && key.kind === "generated" && key.scale >= OFFLINE_FROM) {
      process.stderr.write(`Loading the ${estateName(key)} estate offline (import tool)…\n`);
      await loadEstateOffline(key, estateDocument(key), key.scale);
      marker = readMarker(key);
    }
    const db = await this.start(key);
    if (marker && !(await markerHolds(db.driver, marker))) {
      process.stderr.write(`The ${estateName(key)} estate is incomplete: reloading.\n`);
      await resetEstate(db.driver);
      marker = undefined;
    }
    if (!marker) await loadAndMark(db.driver, key);
    return db;
  }

  /** An empty Neo4j for `key` (its data directory wiped): the loader benchmark fills it. */
  async emptyNeo4j(key: EstateKey = this.estate): Promise<BenchNeo4j> {
    await this.stopNeo4j();
    wipeEstate(key);
    return this.start(key);
  }

  private async start(key: EstateKey): Promise<BenchNeo4j> {
    const scale = key.kind === "demo" ? 1000 : key.scale;
    this.neo = await startBenchNeo4j(estateDir(key), scale);
    this.neoKey = estateName(key);
    return this.neo;
  }

  async stopNeo4j(): Promise<void> {
    await this.closeServer();
    await this.neo?.stop();
    this.neo = undefined;
    this.neoKey = undefined;
  }

  /** PostgreSQL holding `key` (default: this run's estate). */
  async postgres(key: EstateKey = this.estate): Promise<pg.Client> {
    this.pg ??= await startPostgres();
    if (this.pgKey !== estateName(key)) {
      await ensurePgEstate(this.pg.client, key);
      this.pgKey = estateName(key);
    }
    return this.pg.client;
  }

  /**
   * The server against the Neo4j of `key` (this run's estate unless given): in this process, or as a child
   * process running server/main.ts; serving the built client from `clientDir` when given.
   */
  async httpServer(
    kind: ServerKind,
    options: BenchServerOptions & { key?: EstateKey; clientDir?: string } = {},
  ): Promise<BenchServer> {
    const { key = this.estate, clientDir } = options;
    const neo = await this.neo4j(key);
    const id = `${kind}|${estateName(key)}|${clientDir ?? ""}|${options.answerCache ? "cache" : ""}`;
    if (this.server?.id === id) return this.server.instance;
    await this.closeServer();
    const instance =
      kind === "process"
        ? await startServerProcess(neo, options)
        : await startInProcessServer(neo, clientDir, options);
    this.server = { id, instance };
    return instance;
  }

  async closeServer(): Promise<void> {
    await this.server?.instance.close();
    this.server = undefined;
  }

  /** Stops everything this run started. */
  async close(): Promise<void> {
    await this.stopNeo4j().catch((e: unknown) => process.stderr.write(`stopping Neo4j: ${String(e)}\n`));
    await this.pg?.stop().catch((e: unknown) => process.stderr.write(`stopping PostgreSQL: ${String(e)}\n`));
    this.pg = undefined;
  }
}
