/**
 * Loads a bench estate into PostgreSQL's `nodes`/`edges` tables (batched unnest inserts, then indexes and
 * VACUUM ANALYZE) unless the marker row says the same estate (name, source fingerprint and table layout) is
 * there already.
 */
import { createHash } from "node:crypto";
import type pg from "pg";
import { chunks } from "../seed/loader.ts";
import { splitStatements } from "../server/db/index.ts";
import { estateDocument, estateFingerprint, estateName } from "./estate.ts";
import type { EstateKey } from "./estate.ts";
import { benchSql } from "./text-file.ts";

const BATCH = 10_000;

/** The estate's fingerprint and the table layout's: a change to either reloads PostgreSQL. */
function pgFingerprint(): string {
  const layout = ["schema", "insert-nodes", "insert-edges", "indexes"].map(benchSql).join("\n");
  return createHash("sha256").update(estateFingerprint()).update(layout).digest("hex");
}

export async function ensurePgEstate(client: pg.Client, key: EstateKey): Promise<{ loadedNow: boolean }> {
  const name = estateName(key);
  const fingerprint = pgFingerprint();
  const marker = await client.query(benchSql("estate-marker")).catch(() => ({ rows: [] }));
  const row = marker.rows[0] as { name?: string; fingerprint?: string } | undefined;
  if (row?.name === name && row.fingerprint === fingerprint) return { loadedNow: false };
  const estate = estateDocument(key);
  process.stderr.write(`Loading the ${name} estate into PostgreSQL…\n`);
  const started = performance.now();
  for (const statement of splitStatements(benchSql("schema"))) await client.query(statement);
  for (const batch of chunks(estate.nodes, BATCH)) {
    await client.query(benchSql("insert-nodes"), [
      batch.map((n) => n.id),
      batch.map((n) => n.type),
      batch.map((n) => n.name),
      batch.map((n) => n.status),
      batch.map((n) => JSON.stringify(n.properties ?? {})),
    ]);
  }
  for (const batch of chunks(estate.relationships, BATCH)) {
    await client.query(benchSql("insert-edges"), [
      batch.map((r) => r.from),
      batch.map((r) => r.to),
      batch.map((r) => r.type),
      batch.map((r) => (r.properties ? JSON.stringify(r.properties) : null)),
    ]);
  }
  for (const statement of splitStatements(benchSql("indexes"))) await client.query(statement);
  await client.query(benchSql("record-estate"), [
    name,
    fingerprint,
    estate.nodes.length,
    estate.relationships.length,
  ]);
  process.stderr.write(`PostgreSQL loaded in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`);
  return { loadedNow: true };
}
