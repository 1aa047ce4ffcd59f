import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { AppError } from "../server/errors/index.ts";
import { NEO4J_PROJECT_DIR, TARGET, ensureBuilt } from "./local-neo4j.ts";

/** One node file of the import tool: its labels and a CSV with a typed header. */
export interface NodeFile {
  labels: readonly string[];
  file: string;
}

/**
 * One relationship file: a CSV whose header starts `:START_ID,:END_ID`, and its relationship type, or none
 * when the file has a `:TYPE` column.
 */
export interface RelationshipFile {
  type?: string;
  file: string;
}

export interface OfflineImportOptions {
  /** The local Neo4j's data directory (NEO4J_DATA_DIR): the tool writes its data/databases/<database>. */
  dataDir: string;
  /** A directory for the tool's configuration and report (created; the caller deletes it). */
  workDir: string;
  nodes: readonly NodeFile[];
  relationships: readonly RelationshipFile[];
  /** True when a quoted value holds a line break (slower parsing, so only when needed). */
  multilineFields: boolean;
  /** Length of the longest CSV row written (the tool's read buffer must hold any single value). */
  longestRow?: number;
  /** JVM heap of the tool (default 1g). */
  heap?: string;
  /** Off-heap memory the tool may use (default 1g). */
  maxOffHeap?: string;
  /** Receives the tool's progress lines. */
  log?: (line: string) => void;
}

export interface OfflineImportResult {
  seconds: number;
  /** Counts the tool reports having imported. */
  nodes: number;
  relationships: number;
  properties: number;
}

/** The database the local Neo4j serves (LocalNeo4j opens the default database, "neo4j"). */
export const LOCAL_DATABASE = "neo4j";

/**
 * Runs Neo4j's offline importer (`neo4j-admin database import full`, class org.neo4j.cli.AdminTool of the
 * Maven-assembled Neo4j in target/lib) into the local Neo4j's database, replacing it
 * (--overwrite-destination). NEO4J_HOME is the data directory itself: the embedded launcher
 * (LocalNeo4j.java) gives it to DatabaseManagementServiceBuilder as its home, whose default layout keeps the
 * store in <home>/data/databases/neo4j and its transaction logs in <home>/data/transactions/neo4j, exactly
 * where the tool writes with the same home and default settings. The local Neo4j must be stopped. Any bad
 * entry (a dangling relationship, a duplicate id, an unparsable value) aborts the import: the input was
 * validated before, so a bad entry is a bug, never data to skip.
 */
export async function runOfflineImport(options: OfflineImportOptions): Promise<OfflineImportResult> {
  const log = options.log ?? (() => undefined);
  await ensureBuilt(log);
  const home = resolve(options.dataDir);
  const conf = join(resolve(options.workDir), "conf");
  mkdirSync(conf, { recursive: true });
  mkdirSync(home, { recursive: true });
  copyFileSync(join(NEO4J_PROJECT_DIR, "neo4j.conf"), join(conf, "neo4j.conf"));
  const args = [
    `-Xms${options.heap ?? "1g"}`,
    `-Xmx${options.heap ?? "1g"}`,
    "-XX:+UseG1GC",
    "-cp",
    join(TARGET, "lib", "*"),
    "org.neo4j.cli.AdminTool",
    "database",
    "import",
    "full",
    LOCAL_DATABASE,
    "--overwrite-destination=true",
    "--id-type=integer",
    `--read-buffer-size=${readBufferSize(options.longestRow ?? 0)}`,
    "--array-delimiter=;",
    "--bad-tolerance=0",
    "--skip-bad-relationships=false",
    "--skip-duplicate-nodes=false",
    `--multiline-fields=${options.multilineFields}`,
    `--max-off-heap-memory=${options.maxOffHeap ?? "1g"}`,
    `--report-file=${join(resolve(options.workDir), "import.report")}`,
    ...options.nodes.map((n) => `--nodes=${n.labels.join(":")}=${resolve(n.file)}`),
    ...options.relationships.map((r) => `--relationships=${r.type ? `${r.type}=` : ""}${resolve(r.file)}`),
  ];
  const started = performance.now();
  const output = await runTool(args, { ...process.env, NEO4J_HOME: home, NEO4J_CONF: conf }, log);
  const counts = /Imported:\s*(\d+) nodes\s*(\d+) relationships\s*(\d+) properties/s.exec(output);
  return {
    seconds: (performance.now() - started) / 1000,
    nodes: Number(counts?.[1] ?? 0),
    relationships: Number(counts?.[2] ?? 0),
    properties: Number(counts?.[3] ?? 0),
  };
}

/**
 * The tool's --read-buffer-size: 1 MiB unless a row is longer (then twice its length, rounded up to a MiB).
 * The tool samples the first buffer of every input file on one thread before it starts, so its default of
 * 4 MiB made that sampling read up to 4 MiB per file; at 1M, 1 MiB took 1–3 s off the tool's 23–26 s and
 * 512 KiB gained nothing more (README, "Benchmarks").
 */
export function readBufferSize(longestRow: number): number {
  const mib = 1 << 20;
  return Math.max(mib, Math.ceil((2 * longestRow) / mib) * mib);
}

function runTool(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<string> {
  return new Promise((resolveRun, reject) => {
    const child = spawn("java", args, { cwd: NEO4J_PROJECT_DIR, env, stdio: ["ignore", "pipe", "pipe"] });
    const lines: string[] = [];
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on("line", (line) => {
        lines.push(line);
        if (lines.length > 400) lines.splice(0, 100);
        if (worthLogging(line)) log(line);
      });
    }
    child.once("error", (error) =>
      reject(
        new AppError(
          "LOCAL_NEO4J_FAILED",
          `The Neo4j import tool could not start (${error.message}): Java 17 or newer is required.`,
        ),
      ),
    );
    child.once("exit", (code) => {
      const text = lines.join("\n");
      if (code === 0) resolveRun(text);
      else
        reject(
          new AppError(
            "LOCAL_NEO4J_FAILED",
            `The Neo4j import tool failed (exit ${code}); the local database is left empty or partial, ` +
              `run the same command again once the cause is fixed:\n${lines.slice(-25).join("\n")}`,
          ),
        );
    });
  });
}

/** The tool's stage lines and every quarter of its dotted progress bars (it prints one line per 5 %). */
function worthLogging(line: string): boolean {
  if (line.trim() === "") return false;
  const bar = /^[-.\s]+\s(\d+)%/.exec(line);
  return bar === null || Number(bar[1]) % 25 === 0;
}
