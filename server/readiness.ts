import type { Driver } from "neo4j-driver";
import { checkConnection, migrationStatus } from "./db/index.ts";
import { fromDriverError } from "./errors/index.ts";

export interface Readiness {
  ready: boolean;
  body: {
    status: "ready" | "not ready";
    neo4j: "ok" | "unavailable";
    migrations?: { applied: number; pending: number };
    code?: string;
    reason?: string;
  };
}

/**
 * Ready when Neo4j answers and every migration is applied. Bounded by `timeoutMs` so that a dead database
 * turns /readyz to 503 quickly instead of hanging the probe.
 */
export async function checkReadiness(
  driver: Driver,
  database: string | undefined,
  timeoutMs = 3000,
): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { code: "ServiceUnavailable" })),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([probe(driver, database), timeout]);
  } catch (error) {
    const app = fromDriverError(error);
    // A checksum mismatch or other non-database failure means Neo4j answered.
    const neo4j = app.code.startsWith("DB_") ? "unavailable" : "ok";
    return { ready: false, body: { status: "not ready", neo4j, code: app.code, reason: app.message } };
  } finally {
    clearTimeout(timer);
  }
}

async function probe(driver: Driver, database: string | undefined): Promise<Readiness> {
  await checkConnection(driver, database);
  const status = await migrationStatus(driver, database);
  const applied = countOf(status.applied);
  const pending = countOf(status.pending);
  if (pending > 0) {
    return {
      ready: false,
      body: {
        status: "not ready",
        neo4j: "ok",
        migrations: { applied, pending },
        code: "MIGRATIONS_PENDING",
        reason: `${pending} migration(s) not applied yet: run npm run db:migrate (the server applies them at start).`,
      },
    };
  }
  return { ready: true, body: { status: "ready", neo4j: "ok", migrations: { applied, pending } } };
}

function countOf(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  return typeof value === "number" ? value : 0;
}
