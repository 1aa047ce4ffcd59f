import { randomBytes } from "node:crypto";
import type { Driver } from "neo4j-driver";
import { inject } from "vitest";
import { createDriver } from "../../../server/db/index.ts";
import type { DbConfig } from "../../../server/db/index.ts";

/** The integration Neo4j started by test/integration/global-setup.ts. */
export function testDbConfig(): DbConfig {
  return inject("neo4j");
}

/** A driver to the integration Neo4j; close it in afterAll. */
export function testDriver(): Driver {
  return createDriver(testDbConfig());
}

/** A prefix for the ids one test creates, so tests sharing the database never see each other's data. */
export function uniquePrefix(): string {
  return `T${randomBytes(4).toString("hex")}`;
}
