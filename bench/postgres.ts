/**
 * PostgreSQL 15 for the relational baseline: the Debian package's binaries (installed with apt-get only when
 * absent), a cluster in .data/bench/postgres listening on 127.0.0.1:5490 only (BENCH_PG_PORT), run as the
 * `postgres` user when the harness is root. Tuned for reads on this machine (1 GB shared buffers, JIT off);
 * durability is off because the data is disposable. The same estate as Neo4j is loaded into `nodes`/`edges`.
 */
import { spawn, spawnSync } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { chownSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

export interface BenchPostgres {
  client: pg.Client;
  port: number;
  stop(): Promise<void>;
}

const DATA_DIR = fileURLToPath(new URL("../.data/bench/postgres", import.meta.url));
const CANDIDATES = ["/usr/lib/postgresql/15/bin", "/usr/local/bin", "/usr/bin"];
const SETTINGS = [
  "listen_addresses=127.0.0.1",
  "unix_socket_directories=",
  "shared_buffers=1GB",
  "effective_cache_size=4GB",
  "work_mem=64MB",
  "maintenance_work_mem=512MB",
  "random_page_cost=1.1",
  "jit=off",
  "fsync=off",
  "synchronous_commit=off",
  "full_page_writes=off",
  "max_wal_size=4GB",
];

export const benchPgPort = (): number => Number(process.env.BENCH_PG_PORT ?? 5490);

/** The directory holding initdb and postgres, installing the Debian package when none has them. */
function binDir(): string {
  const found = () =>
    CANDIDATES.find((d) => existsSync(join(d, "initdb")) && existsSync(join(d, "postgres")));
  let dir = found();
  if (!dir && process.getuid?.() === 0) {
    process.stderr.write("PostgreSQL 15 not found: apt-get install -y postgresql-15…\n");
    spawnSync("apt-get", ["update"], { stdio: "inherit" });
    spawnSync("apt-get", ["install", "-y", "postgresql-15"], { stdio: "inherit" });
    dir = found();
  }
  if (!dir) {
    throw new Error(
      "PostgreSQL 15 is needed for the relational baseline: apt-get install -y postgresql-15 (as root).",
    );
  }
  return dir;
}

/** Runs as the `postgres` user when we are root (PostgreSQL refuses to run as root). */
function runAs(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) =>
    Number(spawnSync("id", [flag, "postgres"], { encoding: "utf8" }).stdout.trim());
  const uid = id("-u");
  const gid = id("-g");
  if (!Number.isInteger(uid) || uid === 0)
    throw new Error("Running as root needs a `postgres` user for PostgreSQL.");
  return { uid, gid };
}

function initCluster(bin: string, user: { uid?: number; gid?: number }): void {
  if (existsSync(join(DATA_DIR, "PG_VERSION"))) return;
  mkdirSync(DATA_DIR, { recursive: true });
  if (user.uid !== undefined) chownSync(DATA_DIR, user.uid, user.gid as number);
  const result = spawnSync(
    join(bin, "initdb"),
    ["-D", DATA_DIR, "-U", "bench", "--auth=trust", "-E", "UTF8", "--locale=C"],
    { ...user, encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(`initdb failed:\n${result.stderr || result.error?.message}`);
}

/** Stops a postmaster left running by an interrupted run on our data directory. */
function stopStale(bin: string, user: { uid?: number; gid?: number }): void {
  const pidFile = join(DATA_DIR, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  try {
    process.kill(pid, 0);
  } catch {
    return;
  }
  spawnSync(join(bin, "pg_ctl"), ["stop", "-D", DATA_DIR, "-m", "fast", "-w"], { ...user, stdio: "ignore" });
}

export async function startPostgres(): Promise<BenchPostgres> {
  const bin = binDir();
  const user = runAs();
  initCluster(bin, user);
  stopStale(bin, user);
  const port = benchPgPort();
  const args = ["-D", DATA_DIR, "-p", String(port), ...SETTINGS.flatMap((s) => ["-c", s])];
  const child = spawn(join(bin, "postgres"), args, { ...user, stdio: ["ignore", "ignore", "pipe"] });
  const tail: string[] = [];
  child.stderr?.on("data", (chunk: Buffer) => {
    tail.push(chunk.toString());
    if (tail.length > 20) tail.shift();
  });
  const client = await connect(port, child, tail);
  return {
    client,
    port,
    async stop() {
      await client.end().catch(() => undefined);
      await stopChild(child);
    },
  };
}

async function connect(port: number, child: ChildProcess, tail: string[]): Promise<pg.Client> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const client = new pg.Client({ host: "127.0.0.1", port, user: "bench", database: "postgres" });
    try {
      await client.connect();
      return client;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (child.exitCode !== null || Date.now() > deadline) {
        child.kill("SIGKILL");
        throw new Error(`PostgreSQL did not start on 127.0.0.1:${port}: ${String(error)}\n${tail.join("")}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** SIGINT is PostgreSQL's fast shutdown; SIGKILL after 20 s. */
function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGINT");
  });
}
