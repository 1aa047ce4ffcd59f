import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { startLocalNeo4j } from "../../neo4j/local-neo4j.ts";
import type { LocalNeo4j } from "../../neo4j/local-neo4j.ts";
import { createDriver, migrate } from "../../server/db/index.ts";
import { seedDemoIfEmpty } from "../../seed/index.ts";
import { startTestServer, signTestToken } from "../integration/support/server.ts";
import type { TestServer } from "../integration/support/server.ts";
import { buildTestClient } from "../support/build-client.ts";

declare module "vitest" {
  export interface ProvidedContext {
    e2e: { url: string; auditorToken: string };
  }
}

const CLIENT_DIR = fileURLToPath(new URL("../../dist/client-e2e", import.meta.url));

let neo4j: LocalNeo4j | undefined;
let server: TestServer | undefined;
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
  server = await startTestServer({
    driver,
    clientDir: CLIENT_DIR,
    ...(process.env.TEST_E2E_HTTP_PORT ? { env: { PORT: process.env.TEST_E2E_HTTP_PORT } } : {}),
  });
  const auditorToken = await signTestToken({ roles: ["auditor"], subject: "e2e-auditor", expiresIn: "2h" });
  project.provide("e2e", { url: server.url, auditorToken });
}

export async function teardown(): Promise<void> {
  await server?.close();
  await closeDriver?.();
  await neo4j?.stop();
}
