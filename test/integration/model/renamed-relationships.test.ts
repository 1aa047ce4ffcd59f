import { afterAll, describe, expect, it } from "vitest";
import { readMigrations } from "../../../server/db/index.ts";
import { testDriver, uniquePrefix } from "../support/neo4j.ts";

/** Migration 004 renames the stored links whose name carried several meanings; nothing else changes. */
const driver = testDriver();
const p = uniquePrefix();

afterAll(async () => {
  await driver.executeQuery("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p });
  await driver.close();
});

describe("migration 004", () => {
  it("renames RAISES and FULFILLED_BY by their endpoints, keeping properties, and leaves Event RAISES Incident", async () => {
    await driver.executeQuery(
      `CREATE (ini:ITInitiative:DataObject {id: $p + 'INI'}), (rfc:RFC:DataObject {id: $p + 'RFC'}),
              (prb:Problem:DataObject {id: $p + 'PRB'}), (def:Defect:DataObject {id: $p + 'DEF'}),
              (ev:Event:DataObject {id: $p + 'EV'}), (inc:Incident:DataObject {id: $p + 'INC'}),
              (sr:ServiceRequest:DataObject {id: $p + 'SR'}), (fr:FulfillmentRequest:DataObject {id: $p + 'FR'}),
              (ini)-[:RAISES {createdAt: datetime('2026-01-01T00:00:00Z')}]->(rfc), (prb)-[:RAISES]->(def),
              (ev)-[:RAISES]->(inc), (inc)-[:RAISES]->(rfc), (sr)-[:FULFILLED_BY]->(fr)`,
      { p },
    );
    const migration = readMigrations().find((m) => m.id.startsWith("004-"));
    expect(migration).toBeDefined();
    for (const statement of migration?.statements ?? []) await driver.executeQuery(statement);
    const result = await driver.executeQuery(
      `MATCH (a:DataObject)-[r]->(b:DataObject) WHERE a.id STARTS WITH $p
       RETURN substring(a.id, size($p)) + ' ' + type(r) + ' ' + substring(b.id, size($p)) AS link,
              r.createdAt IS NOT NULL AS dated ORDER BY link`,
      { p },
    );
    expect(result.records.map((r) => [r.get("link"), r.get("dated")])).toEqual([
      ["EV RAISES INC", false],
      ["INC REQUESTS_CHANGE RFC", false],
      ["INI REQUESTS_CHANGE RFC", true],
      ["PRB REPORTS_DEFECT DEF", false],
      ["SR DECOMPOSED_INTO FR", false],
    ]);
  });
});
