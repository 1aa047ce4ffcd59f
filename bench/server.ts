/**
 * The explorer's HTTP server for the benchmarks, against a bench Neo4j, in production mode with JWT auth:
 * in-process through the app factory (server/app.ts, as the integration tests start it), or as a child
 * process running the real entry point (server/main.ts) so load generation and RSS are its own. Port 4090
 * (BENCH_HTTP_PORT); one server at a time; the answer cache off unless asked for. Requests carry an auditor token (accountability visible, as the
 * raw Cypher runs with accountability on).
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { createServer } from "../server/app.ts";
import { signToken } from "../server/auth/index.ts";
import { readServerConfig } from "../server/config.ts";
import { createLogger } from "../server/logger.ts";
import type { BenchNeo4j } from "./neo4j.ts";

export interface BenchServer {
  url: string;
  /** Process id of the server (the harness itself when in-process). */
  pid: number;
  /** Bearer token of an auditor. */
  token: string;
  close(): Promise<void>;
}

const JWT = { secret: randomBytes(32).toString("hex"), issuer: "it4it-bench", audience: "it4it-explorer" };
const ROOT = fileURLToPath(new URL("..", import.meta.url));

export const benchHttpPort = (): number => Number(process.env.BENCH_HTTP_PORT ?? 4090);

/** How a bench server is started: with the answer cache (the server's default) or without it. */
export interface BenchServerOptions {
  /**
   * Keep answers by estate version (server/graphql/answer-cache.ts). Off unless asked: a benchmark that times
   * a traversal asks the same questions again and would otherwise time the cache.
   */
  answerCache?: boolean;
}

function serverEnv(options: BenchServerOptions, extra: Record<string, string> = {}): Record<string, string> {
  return {
    ANSWER_CACHE_MB: options.answerCache ? "64" : "0",
    PORT: String(benchHttpPort()),
    HOST: "127.0.0.1",
    NODE_ENV: "production",
    LOG_LEVEL: "info",
    JWT_SECRET: JWT.secret,
    JWT_ISSUER: JWT.issuer,
    JWT_AUDIENCE: JWT.audience,
    ...extra,
  };
}

function auditorToken(): Promise<string> {
  return signToken({ ...JWT, roles: ["auditor"], subject: "bench", expiresIn: "12h" });
}

/**
 * The app factory in this process. Logs are formatted as in production but discarded; NODE_ENV is "test"
 * when `clientDir` is given (the client benchmark's test build calls the API anonymously).
 */
export async function startInProcessServer(
  neo4j: BenchNeo4j,
  clientDir?: string,
  options: BenchServerOptions = {},
): Promise<BenchServer> {
  const config = readServerConfig(serverEnv(options, clientDir ? { NODE_ENV: "test" } : {}));
  const server = await createServer({
    config,
    driver: neo4j.driver,
    logger: createLogger("info", () => undefined),
    ...(clientDir ? { clientDir } : {}),
  });
  return { url: server.url, pid: process.pid, token: await auditorToken(), close: () => server.close() };
}

/** `node --import tsx server/main.ts` with NEO4J_URI pointing at the bench Neo4j; resolves once /readyz is 200. */
export async function startServerProcess(
  neo4j: BenchNeo4j,
  options: BenchServerOptions = {},
): Promise<BenchServer> {
  const env = serverEnv(options, {
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
  });
  // BENCH_SERVER_NODE_ARGS: extra Node flags for the server process, e.g. "--cpu-prof --cpu-prof-dir=DIR"
  // (Node refuses --cpu-prof in NODE_OPTIONS).
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", "server/main.ts"], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const tail: string[] = [];
  createInterface({ input: child.stderr }).on("line", (line) => {
    tail.push(line);
    if (tail.length > 20) tail.shift();
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${benchHttpPort()}`;
  const deadline = Date.now() + 300_000; // start-up (tsx, schema) takes minutes on a busy machine
  for (;;) {
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ready) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`The server process did not become ready on ${url}:\n${tail.join("\n")}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    pid: child.pid as number,
    token: await auditorToken(),
    async close() {
      if (child.exitCode === null && child.signalCode === null) {
        const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
        child.kill("SIGTERM");
        await exited;
        clearTimeout(timer);
      }
    },
  };
}

export interface GraphQLAnswer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** POSTs one GraphQL operation; throws when the answer carries errors. */
export async function postGraphQL<T>(
  server: BenchServer,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${server.token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLAnswer<T>;
  const error = body.errors?.[0];
  if (error || !body.data) {
    throw new Error(
      `GraphQL ${response.status}: ${error?.extensions?.code ?? ""} ${error?.message ?? "no data"}`,
    );
  }
  return body.data;
}
