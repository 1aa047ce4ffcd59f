import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalNeo4j } from "../../../neo4j/local-neo4j.ts";
import type { LocalNeo4j } from "../../../neo4j/local-neo4j.ts";
import { createDriver, migrationStatus, readDbConfig } from "../../../server/db/index.ts";
import type { DbConfig } from "../../../server/db/index.ts";
import { isAppError } from "../../../server/errors/index.ts";
import { loadEstate, nodeRow, linkRow, validateDocument } from "../../../server/import/index.ts";
import type { GraphDocument } from "../../../server/import/index.ts";
import {
  ALL_RELATIONSHIPS,
  DATA_OBJECT_LABEL,
  DATA_OBJECT_TYPES,
  PARTY_TYPE,
  attributesOf,
  linkPropertiesOf,
} from "../../../server/model/index.ts";
import type { AttributeDef } from "../../../server/model/index.ts";
import { generateEstate } from "../../../seed/generator/generate-estate.ts";
import { openDocumentSource } from "../../../seed/import/file-source.ts";
import { writeValidated } from "../../../seed/import/write-validated.ts";
import { offlineLoad } from "../../../seed/offline/offline-load.ts";
import { resetEstate } from "../../../seed/reset.ts";

/**
 * The offline initial load (`import --initial`, `seed --reset`) end to end through Neo4j's import tool, into
 * this test's own local Neo4j (OFFLINE_NEO4J_BOLT_PORT, default 7728; its own data directory): ids, labels,
 * properties of every attribute type (datetimes with offsets, text with commas, quotes and line breaks),
 * relationship types and their properties survive exactly, as the source document says and as the online
 * loader stores them; the migrations are applied after the import; and the refusals (remote NEO4J_URI, a
 * running local Neo4j, a non-empty database, invalid input) are typed errors that change nothing.
 */
const BOLT_PORT = Number(process.env.OFFLINE_NEO4J_BOLT_PORT ?? 7728);
const DATA_DIR = `.data/neo4j-offline-${BOLT_PORT}`;
const PASSWORD = "it4it-offline-test-password";

const config: DbConfig = {
  ...readDbConfig({}),
  uri: `bolt://127.0.0.1:${BOLT_PORT}`,
  password: PASSWORD,
  local: true,
  boltPort: BOLT_PORT,
  dataDir: DATA_DIR,
  heap: process.env.NEO4J_HEAP ?? "512m",
  pageCache: process.env.NEO4J_PAGECACHE ?? "256m",
};

const STRINGS = ['Comma, "quotes" and\na line break', "semi;colon ✓ ünïcødé", "plain"];
const VALUES: Record<AttributeDef["type"], readonly unknown[]> = {
  String: STRINGS,
  Int: [42, 2 ** 40 + 7, -3],
  Float: [3.25, -0.5, 1e-7],
  Boolean: [true, false],
  Date: ["2024-02-29", "1999-12-31"],
  DateTime: ["2024-03-01T10:00:00+02:00", "2025-06-30T18:45:30.250-05:30", "2023-11-05T23:59:59.999Z"],
};

/** A value of `def` (the i-th of its kind): closed sets give one of their values. */
function valueOf(def: AttributeDef, i: number): unknown {
  const pool = def.values ?? VALUES[def.type];
  return pool[i % pool.length];
}

function properties(defs: readonly AttributeDef[], i: number, skip: readonly string[] = []) {
  return Object.fromEntries(defs.filter((d) => !skip.includes(d.name)).map((d) => [d.name, valueOf(d, i)]));
}

/**
 * Two nodes of every data object type and two parties with every attribute set, and one relationship for
 * every allowed (from, type, to) of the model with every link property set.
 */
function everyKindDocument(): GraphDocument {
  const types = [
    ...DATA_OBJECT_TYPES.map((t) => ({ name: t.name, statuses: t.lifecycle.statuses })),
    {
      name: PARTY_TYPE.name,
      statuses: PARTY_TYPE.lifecycle.statuses,
    },
  ];
  const id = (type: string, i: number) => `OFF-${type}-${i}`;
  const nodes = types.flatMap(({ name, statuses }) =>
    [0, 1].map((i) => ({
      type: name,
      id: id(name, i),
      name: `${STRINGS[i]} ${name}`,
      status: statuses[i % statuses.length] as string,
      properties: properties(attributesOf(name), i, ["id", "name", "status"]),
    })),
  );
  const relationships = ALL_RELATIONSHIPS.map((def, i) => ({
    type: def.type,
    from: id(def.from, 0),
    to: id(def.to, 1),
    properties: properties(linkPropertiesOf(def.type), i),
  }));
  return { nodes, relationships };
}

/** Property values as comparable text, tagged with the Neo4j type they are stored as. */
function tagged(value: unknown): string {
  if (neo4j.isInt(value)) return `long ${value.toString()}`;
  if (neo4j.isDateTime(value)) return `datetime ${value.toString()}`;
  if (neo4j.isDate(value)) return `date ${value.toString()}`;
  if (Array.isArray(value)) return `[${value.map(tagged).join(", ")}]`;
  return `${typeof value} ${String(value)}`;
}

const taggedAll = (props: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(props)
      .map(([k, v]) => [k, tagged(v)] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );

interface Snapshot {
  nodes: Map<string, { labels: string[]; props: Record<string, string> }>;
  rels: Map<string, Record<string, string>>;
}

/** Everything the database holds: nodes by id (sorted labels, tagged properties), relationships by key. */
async function snapshot(driver: Driver): Promise<Snapshot> {
  const nodes = await driver.executeQuery(
    "MATCH (n) WHERE n:DataObject OR n:Party RETURN n.id AS id, labels(n) AS labels, properties(n) AS props",
  );
  const rels = await driver.executeQuery(
    "MATCH (a)-[r]->(b) WHERE a:DataObject OR a:Party RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props",
  );
  return {
    nodes: new Map(
      nodes.records.map((r) => [
        r.get("id") as string,
        { labels: (r.get("labels") as string[]).sort(), props: taggedAll(r.get("props")) },
      ]),
    ),
    rels: new Map(
      rels.records.map((r) => [
        `${r.get("from")} -[${r.get("type")}]-> ${r.get("to")}`,
        taggedAll(r.get("props")),
      ]),
    ),
  };
}

/** What the source document says each node and relationship must hold once stored. */
function expectedFrom(document: GraphDocument): Snapshot {
  return {
    nodes: new Map(
      document.nodes.map((node) => {
        const row = nodeRow(node);
        const props: Record<string, unknown> = { id: node.id, ...row.props };
        if (row.createdAt !== null) props.createdAt = row.createdAt;
        if (row.updatedAt !== null) props.updatedAt = row.updatedAt;
        const labels = node.type === PARTY_TYPE.name ? [PARTY_TYPE.name] : [DATA_OBJECT_LABEL, node.type];
        return [node.id, { labels: labels.sort(), props: taggedAll(props) }];
      }),
    ),
    rels: new Map(
      document.relationships.map((rel) => {
        const row = linkRow(rel);
        const props: Record<string, unknown> = { ...row.props };
        if (row.createdAt !== null) props.createdAt = row.createdAt;
        return [`${rel.from} -[${rel.type}]-> ${rel.to}`, taggedAll(props)];
      }),
    ),
  };
}

/**
 * Drops the timestamps the document left out (each path stamps its own time there), after checking that
 * they are stored datetimes.
 */
function withoutDefaultedTimestamps(actual: Snapshot, expected: Snapshot): Snapshot {
  const strip = (props: Record<string, string>, keep: Record<string, string> | undefined) => {
    const out = { ...props };
    for (const key of ["createdAt", "updatedAt"]) {
      if (keep && !(key in keep) && key in out) {
        expect(out[key]).toMatch(/^datetime \d{4}-/);
        delete out[key];
      }
    }
    return out;
  };
  return {
    nodes: new Map(
      [...actual.nodes].map(([id, n]) => [
        id,
        { labels: n.labels, props: strip(n.props, expected.nodes.get(id)?.props) },
      ]),
    ),
    rels: new Map([...actual.rels].map(([key, p]) => [key, strip(p, expected.rels.get(key))])),
  };
}

const document: GraphDocument = (() => {
  const generated = generateEstate({ scale: 300, seed: 7 });
  const handWritten = everyKindDocument();
  return {
    nodes: [...handWritten.nodes, ...generated.nodes],
    relationships: [...handWritten.relationships, ...generated.relationships],
  };
})();
const expected = expectedFrom(document);

let workDir: string;
let documentFile: string;
let neo: LocalNeo4j | undefined;
let driver: Driver | undefined;

async function startOwnNeo4j(): Promise<Driver> {
  neo = await startLocalNeo4j({
    boltPort: BOLT_PORT,
    dataDir: DATA_DIR,
    password: PASSWORD,
    heap: config.heap,
    pageCache: config.pageCache,
    startTimeoutMs: 600_000,
  });
  driver = createDriver({ ...config, uri: neo.uri });
  return driver;
}

async function stopOwnNeo4j(): Promise<void> {
  await driver?.close();
  await neo?.stop();
  driver = undefined;
  neo = undefined;
}

const initialLoad = (target: "replace" | "empty-only", file: string, overrides: Partial<DbConfig> = {}) =>
  offlineLoad({
    config: { ...config, ...overrides },
    target,
    write: async (csv) => {
      await writeValidated(openDocumentSource(file), csv);
    },
  });

async function failure(
  promise: Promise<unknown>,
): Promise<{ code: string; reason: unknown; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return { code: error.code, reason: error.details?.reason, message: error.message };
    throw error;
  }
  throw new Error("expected the offline load to be refused");
}

beforeAll(() => {
  rmSync(DATA_DIR, { recursive: true, force: true });
  workDir = mkdtempSync(join(tmpdir(), "offline-import-"));
  documentFile = join(workDir, "estate.json");
  writeFileSync(documentFile, JSON.stringify(document));
  expect(validateDocument(document)).toEqual([]);
});

afterAll(async () => {
  await stopOwnNeo4j();
  rmSync(DATA_DIR, { recursive: true, force: true });
  rmSync(workDir, { recursive: true, force: true });
});

describe("offline initial load through Neo4j's import tool", () => {
  it("refuses a remote NEO4J_URI, saying why, before touching anything", async () => {
    const refused = await failure(
      initialLoad("empty-only", documentFile, { local: false, uri: "neo4j+s://example.databases.neo4j.io" }),
    );
    expect(refused).toMatchObject({ code: "BAD_USER_INPUT", reason: "REMOTE_NEO4J" });
    expect(refused.message).toContain("NEO4J_URI is set (neo4j+s://example.databases.neo4j.io)");
    expect(refused.message).toContain("without --initial");
  });

  it("stores ids, labels, every property type, relationship types and datetimes exactly; migrations applied after", async () => {
    const summary = await initialLoad("empty-only", documentFile);
    expect(summary.nodes).toBe(document.nodes.length);
    expect(summary.relationships).toBe(expected.rels.size);
    expect(summary.migrations.length).toBeGreaterThan(0);

    const db = await startOwnNeo4j();
    const stored = await snapshot(db);
    expect(withoutDefaultedTimestamps(stored, expected)).toEqual(expected);

    expect((await migrationStatus(db)).pending).toEqual([]);
    const constraints = await db.executeQuery("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names");
    expect(constraints.records[0]?.get("names")).toEqual(
      expect.arrayContaining(["data_object_id", "party_id", "migration_id"]),
    );

    // The online loader (CREATE into the emptied database) stores the same estate.
    await resetEstate(db);
    const online = await loadEstate(db, { estate: document });
    expect(online.mode).toBe("create");
    expect(withoutDefaultedTimestamps(await snapshot(db), expected)).toEqual(
      withoutDefaultedTimestamps(stored, expected),
    );
  }, 600_000);

  it("refuses while the local Neo4j runs in another process", async () => {
    if (!neo) await startOwnNeo4j();
    const refused = await failure(initialLoad("replace", documentFile));
    expect(refused).toMatchObject({ code: "LOCAL_NEO4J_FAILED", reason: "LOCAL_NEO4J_IN_USE" });
    expect(refused.message).toContain(`pid ${neo?.pid}`);
    await stopOwnNeo4j();
  }, 300_000);

  it("rejects invalid input with every problem located and leaves the database as it was", async () => {
    const broken = join(workDir, "broken.json");
    writeFileSync(
      broken,
      JSON.stringify({
        nodes: [{ type: "Incident", id: "OFF-BROKEN", name: "No status", status: "" }],
        relationships: [{ type: ALL_RELATIONSHIPS[0]?.type, from: "OFF-BROKEN", to: "NOWHERE" }],
      }),
    );
    const refused = await failure(initialLoad("replace", broken));
    expect(refused.code).toBe("VALIDATION_FAILED");
  });

  it("refuses --initial into a database that holds an estate (the earlier load is still there)", async () => {
    const refused = await failure(initialLoad("empty-only", documentFile));
    expect(refused).toMatchObject({ code: "BAD_USER_INPUT", reason: "DATABASE_NOT_EMPTY" });
    expect(refused.message).toContain("without --initial");
  }, 300_000);
});
