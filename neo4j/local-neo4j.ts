import { spawn, spawnSync } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { AppError } from "../server/errors/index.ts";

/** The folder of the Maven project that assembles the local Neo4j. */
export const NEO4J_PROJECT_DIR = dirname(fileURLToPath(import.meta.url));
/** Maven's output: classes, target/lib (Neo4j with its import tool, APOC) and target/plugins. */
export const TARGET = join(NEO4J_PROJECT_DIR, "target");
const STAMP = join(TARGET, "build.stamp");
const LOCK = join(TARGET, ".build-lock");
const MAIN_CLASS = "org.it4it.explorer.LocalNeo4j";
const READY = /^NEO4J READY (\S+)/;
const FAILED = /^NEO4J FAILED (.*)$/;

export interface LocalNeo4jOptions {
  boltPort: number;
  dataDir: string;
  /** Password of the `neo4j` user (at least 8 characters). */
  password: string;
  /** JVM heap, e.g. 1g (default 1g). */
  heap?: string;
  /** Page cache, e.g. 1g (default 1g). */
  pageCache?: string;
  /** Receives progress lines: the first build's downloads, start-up. */
  log?: (line: string) => void;
  /** How long to wait for the ready line (default 180 s). */
  startTimeoutMs?: number;
}

export interface LocalNeo4j {
  uri: string;
  user: "neo4j";
  password: string;
  pid: number;
  /** Stops the JVM (SIGTERM, then SIGKILL after 30 s) and resolves when it has exited. */
  stop(): Promise<void>;
}

/**
 * Starts the project's own Neo4j Community (embedded, with APOC core) on 127.0.0.1:`boltPort`, building it
 * with Maven on first use. Resolves once `RETURN apoc.version()` answers. The JVM exits when this process
 * dies (it watches its stdin), so tests and Ctrl-C never leave it behind.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => undefined);
  requireCommand(
    "java",
    "-version",
    "Java 17 or newer is required to run the local Neo4j (apt-get install openjdk-17-jre-headless), or set NEO4J_URI to use an existing Neo4j.",
  );
  await ensureBuilt(log);
  await requireFreePort(options.boltPort);
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const args = [
    `-Xms${options.heap ?? "1g"}`,
    `-Xmx${options.heap ?? "1g"}`,
    "-XX:+UseG1GC",
    "-XX:+ExitOnOutOfMemoryError",
    "-cp",
    `${join(TARGET, "classes")}:${join(TARGET, "lib", "*")}`,
    MAIN_CLASS,
    String(options.boltPort),
    dataDir,
    join(TARGET, "plugins"),
    options.pageCache ?? "1g",
  ];
  log(`Starting the local Neo4j on bolt://127.0.0.1:${options.boltPort} (data in ${options.dataDir})…`);
  const started = performance.now();
  const child = spawn("java", args, {
    cwd: NEO4J_PROJECT_DIR,
    env: {
      ...process.env,
      NEO4J_LOCAL_PASSWORD: options.password,
      NEO4J_LOCAL_CONF: join(NEO4J_PROJECT_DIR, "neo4j.conf"),
    },
    stdio: ["pipe", "pipe", "pipe"],
  });
  const uri = await waitForReady(child, options.startTimeoutMs ?? 180_000);
  log(`Neo4j ready at ${uri} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  writeFileSync(join(dataDir, "neo4j.pid"), String(child.pid));
  return {
    uri,
    user: "neo4j",
    password: options.password,
    pid: child.pid as number,
    stop: () => stopChild(child, join(dataDir, "neo4j.pid")),
  };
}

/**
 * The pid of a local Neo4j running from `dataDir` (its launcher writes data-dir/neo4j.pid), or undefined when
 * none is: no pid file, or its process is gone.
 */
export function runningLocalNeo4jPid(dataDir: string): number | undefined {
  const pidFile = join(resolve(dataDir), "neo4j.pid");
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, "utf8"));
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

/** Builds the Maven project unless target/ already matches pom.xml and the launcher source. */
export async function ensureBuilt(log: (line: string) => void = () => undefined): Promise<void> {
  const fingerprint = buildFingerprint();
  if (isBuilt(fingerprint)) return;
  mkdirSync(TARGET, { recursive: true });
  await withBuildLock(async () => {
    if (isBuilt(fingerprint)) return;
    requireCommand(
      "mvn",
      "-v",
      "Maven is required to fetch Neo4j and APOC from Maven Central on first use (apt-get install maven), or set NEO4J_URI to use an existing Neo4j.",
    );
    log(
      existsSync(STAMP)
        ? "Rebuilding the local Neo4j (pom.xml or the launcher's Java sources changed since the last build)…"
        : "Building the local Neo4j (first run: downloading Neo4j 5.26 and APOC from Maven Central, about 130 MB)…",
    );
    await run("mvn", ["-B", "-f", join(NEO4J_PROJECT_DIR, "pom.xml"), "package"], (line) => {
      if (/Download(ed|ing) from|BUILD|ERROR/.test(line)) log(line.replace(/^\[INFO\] /, ""));
    });
    writeFileSync(STAMP, fingerprint);
  });
}

function buildFingerprint(): string {
  const hash = createHash("sha256");
  hash.update(readFileSync(join(NEO4J_PROJECT_DIR, "pom.xml")));
  const sources = join(NEO4J_PROJECT_DIR, "src/main/java");
  for (const file of readdirSync(sources, { recursive: true, encoding: "utf8" }).sort()) {
    if (file.endsWith(".java")) hash.update(file).update(readFileSync(join(sources, file)));
  }
  return hash.digest("hex");
}

function isBuilt(fingerprint: string): boolean {
  return existsSync(STAMP) && readFileSync(STAMP, "utf8") === fingerprint;
}

/** One build at a time across processes (parallel test runs): a lock directory, stale after 10 minutes. */
async function withBuildLock(work: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      const age = Date.now() - (existsSync(LOCK) ? statTime(LOCK) : Date.now());
      if (age > 10 * 60_000) rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline)
        throw new AppError(
          "LOCAL_NEO4J_FAILED",
          `Timed out waiting for another build of the local Neo4j (${LOCK}).`,
        );
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  try {
    await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

function statTime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Date.now();
  }
}

function requireCommand(command: string, versionFlag: string, message: string): void {
  const result = spawnSync(command, [versionFlag], { stdio: "ignore" });
  if (result.error) throw new AppError("LOCAL_NEO4J_FAILED", message);
}

async function requireFreePort(port: number): Promise<void> {
  await new Promise<void>((resolvePort, reject) => {
    const server = createServer();
    server.once("error", () =>
      reject(
        new AppError(
          "LOCAL_NEO4J_FAILED",
          `Port ${port} on 127.0.0.1 is already in use (another Neo4j?). Stop it (npm run db:stop), choose another port with NEO4J_BOLT_PORT, or point NEO4J_URI at the running server.`,
        ),
      ),
    );
    server.listen(port, "127.0.0.1", () => server.close(() => resolvePort()));
  });
}

function run(command: string, args: readonly string[], onLine: (line: string) => void): Promise<void> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    const tail: string[] = [];
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on("line", (line) => {
        tail.push(line);
        if (tail.length > 30) tail.shift();
        onLine(line);
      });
    }
    child.once("error", (error) =>
      reject(new AppError("LOCAL_NEO4J_FAILED", `${command} failed to start: ${error.message}`)),
    );
    child.once("exit", (code) =>
      code === 0
        ? resolveRun()
        : reject(
            new AppError(
              "LOCAL_NEO4J_FAILED",
              `Building the local Neo4j failed (mvn exit ${code}):\n${tail.join("\n")}`,
            ),
          ),
    );
  });
}

function waitForReady(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolveReady, reject) => {
    const tail: string[] = [];
    let failure: string | undefined;
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new AppError(
          "LOCAL_NEO4J_FAILED",
          `The local Neo4j did not become ready within ${timeoutMs / 1000} s:\n${tail.join("\n")}`,
        ),
      );
    }, timeoutMs);
    const onLine = (line: string) => {
      tail.push(line);
      if (tail.length > 20) tail.shift();
      const ready = READY.exec(line);
      if (ready) {
        clearTimeout(timer);
        resolveReady(ready[1] as string);
      }
      const failed = FAILED.exec(line);
      if (failed) failure = failed[1];
    };
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on("line", onLine);
    createInterface({ input: child.stderr as NodeJS.ReadableStream }).on("line", onLine);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(
        new AppError(
          "LOCAL_NEO4J_FAILED",
          failure
            ? `The local Neo4j failed to start: ${failure}.`
            : `The local Neo4j exited (code ${code}) before it was ready:\n${tail.join("\n")}`,
        ),
      );
    });
  });
}

function stopChild(child: ChildProcess, pidFile: string): Promise<void> {
  return new Promise((resolveStop) => {
    const done = () => {
      rmSync(pidFile, { force: true });
      resolveStop();
    };
    if (child.exitCode !== null || child.signalCode !== null) return done();
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.once("exit", () => {
      clearTimeout(timer);
      done();
    });
    child.kill("SIGTERM");
  });
}
