import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { startLocalNeo4j } from "../../neo4j/local-neo4j.ts";
import type { LocalNeo4j } from "../../neo4j/local-neo4j.ts";
import { createServer } from "../../server/app.ts";
import type { RunningServer } from "../../server/app.ts";
import { signToken } from "../../server/auth/index.ts";
import { readServerConfig } from "../../server/config.ts";
import { createDriver, migrate } from "../../server/db/index.ts";
import { createLogger } from "../../server/logger.ts";
import { seedDemoIfEmpty } from "../../seed/index.ts";
import { buildTestClient } from "../support/build-client.ts";

declare module "vitest" {
  export interface ProvidedContext {
    e2e: { url: string; auditorToken: string };
  }
}

const JWT = { secret: "e2e-test-secret-0123456789abcdef01", issuer: "it4it-e2e", audience: "it4it-explorer" };
const CLIENT_DIR = fileURLToPath(new URL("../../dist/client-e2e", import.meta.url));

let neo4j: LocalNeo4j | undefined;
let server: RunningServer | undefined;
let closeDriver: (() => Promise<void>) | undefined;

/**
 * The e2e stack, all real: a fresh local Neo4j on TEST_E2E_NEO4J_BOLT_PORT (default 7689) loaded with the
 * demo estate, the client built in test mode (so the read-only window.__explorer handle exists) into
 * dist/client-e2e, and the server serving it on an ephemeral port.
 */
export async function setup(project: TestProject): Promise<void> {
  const boltPort = Number(process.env.TEST_E2E_NEO4J_BOLT_PORT ?? 7689);
  const dataDir = `.data/neo4j-e2e-${boltPort}`;
  rmSync(dataDir, { recursive: true, force: true });
  const password = "it4it-e2e-password";
  const [local] = await Promise.all([
    startLocalNeo4j({
      boltPort,
      dataDir,
      password,
      heap: process.env.NEO4J_HEAP ?? "512m",
      pageCache: process.env.NEO4J_PAGECACHE ?? "256m",
      log: (line) => console.log(`[neo4j] ${line}`),
    }),
    buildTestClient(CLIENT_DIR),
  ]);
  neo4j = local;
  const driver = createDriver({ uri: local.uri, user: "neo4j", password });
  closeDriver = () => driver.close();
  await migrate(driver);
  const seeded = await seedDemoIfEmpty(driver);
  if (!seeded.loaded) throw new Error("The e2e database was not empty: the demo estate was not loaded.");
  const config = readServerConfig({
    PORT: process.env.TEST_E2E_HTTP_PORT ?? "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
    NODE_ENV: "test",
    JWT_SECRET: JWT.secret,
    JWT_ISSUER: JWT.issuer,
    JWT_AUDIENCE: JWT.audience,
  });
  server = await createServer({
    config,
    driver,
    logger: createLogger(config.logLevel),
    clientDir: CLIENT_DIR,
  });
  const auditorToken = await signToken({
    secret: JWT.secret,
    roles: ["auditor"],
    subject: "e2e-auditor",
    expiresIn: "2h",
    issuer: JWT.issuer,
    audience: JWT.audience,
  });
  project.provide("e2e", { url: server.url, auditorToken });
}

export async function teardown(): Promise<void> {
  await server?.close();
  await closeDriver?.();
  await neo4j?.stop();
}
