import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Driver } from "neo4j-driver";
import { AppError, fromDriverError } from "../errors/index.ts";
import { loadCypher } from "./cypher-file.ts";
import { splitStatements } from "./statements.ts";

/** One migration file: cypher/migrations/NNN-name.cypher. */
export interface Migration {
  id: string;
  checksum: string;
  statements: string[];
}

export const MIGRATIONS_DIR = fileURLToPath(new URL("../../cypher/migrations/", import.meta.url));
const FILE = /^(\d{3})-[a-z0-9-]+\.cypher$/;

/** Reads the migrations of a directory, in order of their number, with a SHA-256 checksum of each file. */
export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => FILE.test(f))
    .sort()
    .map((file) => {
      const text = readFileSync(`${dir}/${file}`, "utf8");
      return {
        id: file.replace(/\.cypher$/, ""),
        checksum: createHash("sha256").update(text).digest("hex"),
        statements: splitStatements(text),
      };
    });
}

export interface MigrationOptions {
  database?: string;
  /** Directory of migration files (tests use their own). */
  dir?: string;
}

/** Which migrations are recorded in the database and which are still to apply. */
export async function migrationStatus(
  driver: Driver,
  database?: string,
  dir?: string,
): Promise<{ applied: string[]; pending: string[] }> {
  const migrations = readMigrations(dir);
  const applied = await appliedChecksums(driver, database);
  verifyChecksums(migrations, applied);
  return {
    applied: migrations.filter((m) => applied.has(m.id)).map((m) => m.id),
    pending: migrations.filter((m) => !applied.has(m.id)).map((m) => m.id),
  };
}

/**
 * Applies every migration not yet recorded, in order, and records each as (:Migration {id, checksum,
 * appliedAt}). A re-run is a no-op. Refuses (MIGRATION_CHECKSUM_MISMATCH) when a file applied earlier has
 * changed since: migrations are append-only; write a new one instead.
 */
export async function migrate(
  driver: Driver,
  database?: string,
  dir?: string,
): Promise<{ applied: string[]; alreadyApplied: string[] }> {
  const migrations = readMigrations(dir);
  const applied = await appliedChecksums(driver, database);
  verifyChecksums(migrations, applied);
  const done: string[] = [];
  try {
    for (const migration of migrations) {
      if (applied.has(migration.id)) continue;
      for (const statement of migration.statements) {
        await driver.executeQuery(statement, {}, db(database));
      }
      await driver.executeQuery("CALL db.awaitIndexes(300)", {}, db(database));
      await driver.executeQuery(loadCypher("db/record-migration.cypher"), migration, db(database));
      done.push(migration.id);
    }
  } catch (error) {
    throw fromDriverError(error);
  }
  return { applied: done, alreadyApplied: migrations.filter((m) => applied.has(m.id)).map((m) => m.id) };
}

async function appliedChecksums(driver: Driver, database?: string): Promise<Map<string, string>> {
  try {
    const result = await driver.executeQuery(
      loadCypher("db/migrations-applied.cypher"),
      {},
      { ...db(database), routing: "READ" },
    );
    return new Map(result.records.map((r) => [r.get("id") as string, r.get("checksum") as string]));
  } catch (error) {
    throw fromDriverError(error);
  }
}

function verifyChecksums(migrations: readonly Migration[], applied: ReadonlyMap<string, string>): void {
  for (const m of migrations) {
    const recorded = applied.get(m.id);
    if (recorded !== undefined && recorded !== m.checksum) {
      throw new AppError(
        "MIGRATION_CHECKSUM_MISMATCH",
        `Migration ${m.id} was applied with checksum ${recorded.slice(0, 12)}… but the file now has ` +
          `${m.checksum.slice(0, 12)}…. Applied migrations must not change: restore the file and add a new migration.`,
        { details: { id: m.id } },
      );
    }
  }
}

const db = (database?: string) => (database ? { database } : {});
