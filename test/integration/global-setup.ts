import { rmSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { startLocalNeo4j } from "../../neo4j/local-neo4j.ts";
import type { LocalNeo4j } from "../../neo4j/local-neo4j.ts";
import { createDriver, migrate } from "../../server/db/index.ts";
import type { DbConfig } from "../../server/db/index.ts";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: DbConfig;
  }
}

let neo4j: LocalNeo4j | undefined;

/**
 * Integration tests run against a real Neo4j: a fresh local one on TEST_NEO4J_BOLT_PORT (default 7688) with
 * its data in .data/neo4j-test-<port>, wiped first, migrated, and stopped when the run ends.
 */
export async function setup(project: TestProject): Promise<void> {
  const boltPort = Number(process.env.TEST_NEO4J_BOLT_PORT ?? 7688);
  const dataDir = `.data/neo4j-test-${boltPort}`;
  rmSync(dataDir, { recursive: true, force: true });
  const password = "it4it-test-password";
  neo4j = await startLocalNeo4j({
    boltPort,
    dataDir,
    password,
    heap: process.env.NEO4J_HEAP ?? "512m",
    pageCache: process.env.NEO4J_PAGECACHE ?? "512m",
    log: (line) => console.log(`[neo4j] ${line}`),
  });
  const config: DbConfig = {
    uri: neo4j.uri,
    user: "neo4j",
    password,
    local: true,
    boltPort,
    dataDir,
    heap: "512m",
    pageCache: "512m",
    queryTimeoutMs: 10_000,
  };
  const driver = createDriver(config);
  try {
    await migrate(driver);
  } finally {
    await driver.close();
  }
  project.provide("neo4j", config);
}

export async function teardown(): Promise<void> {
  await neo4j?.stop();
}
