import type { Driver } from "neo4j-driver";
import { checkConnection, migrationStatus } from "./db/index.ts";
import { fromDriverError } from "./errors/index.ts";
import type { Logger } from "./logger.ts";

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

const GENERIC = "The server cannot serve requests yet; its log says why.";
const REASONS: Readonly<Record<string, string>> = {
  DB_UNAVAILABLE: "Neo4j does not answer; the server's log names the database it tries to reach.",
  DB_AUTH_FAILED: "Neo4j refuses the server's credentials (NEO4J_USER / NEO4J_PASSWORD).",
  DB_TIMEOUT: "Neo4j did not answer in time.",
  MIGRATION_CHECKSUM_MISMATCH: "An applied migration differs from its file; see the server's log.",
};

/**
 * Ready when Neo4j answers and every migration is applied. Bounded by `timeoutMs` so that a dead database
 * turns /readyz to 503 quickly instead of hanging the probe. The body names a code and a fixed reason; the
 * driver's own message goes to the log only.
 */
export async function checkReadiness(
  driver: Driver,
  database: string | undefined,
  timeoutMs = 3000,
  logger?: Logger,
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
    logger?.warn("not ready", {
      code: app.code,
      error: error instanceof Error ? error.message : String(error),
    });
    // The probe is public: it says what kind of failure, never the driver's message (addresses, user names).
    return {
      ready: false,
      body: { status: "not ready", neo4j, code: app.code, reason: REASONS[app.code] ?? GENERIC },
    };
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
