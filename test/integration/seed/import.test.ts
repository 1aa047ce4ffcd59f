import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { exportDocument } from "../../../seed/export.ts";
import { importFile } from "../../../seed/import/import-file.ts";
import { importDocument, seedDemoIfEmpty } from "../../../seed/index.ts";
import type { GraphDocument } from "../../../seed/index.ts";
import { testDriver, uniquePrefix } from "../support/neo4j.ts";

const driver = testDriver();
afterAll(async () => {
  await driver.close();
});

const dir = mkdtempSync(join(tmpdir(), "it4it-import-"));

async function count(prefix: string): Promise<{ nodes: number; relationships: number }> {
  const result = await driver.executeQuery(
    `RETURN COUNT { MATCH (n) WHERE n.id STARTS WITH $prefix } AS nodes,
       COUNT { MATCH (a)-[r]->() WHERE a.id STARTS WITH $prefix } AS relationships`,
    { prefix },
  );
  const record = result.records[0];
  return { nodes: Number(record?.get("nodes")), relationships: Number(record?.get("relationships")) };
}

function validDocument(p: string): GraphDocument {
  return {
    nodes: [
      { type: "Party", id: `${p}P1`, name: "Ada", status: "ACTIVE", properties: { kind: "PERSON" } },
      {
        type: "ScopeAgreement",
        id: `${p}SA`,
        name: "Decision",
        status: "DECIDED",
        properties: { decision: "APPROVED", approvedBudget: 1000.5, decidedAt: "2026-01-02T03:04:05Z" },
      },
      {
        type: "ITInitiative",
        id: `${p}INI`,
        name: "Initiative",
        status: "IN_PROGRESS",
        properties: { startDate: "2026-01-10" },
      },
      {
        type: "Incident",
        id: `${p}INC`,
        name: "Incident with 'quotes' and MATCH (n) DETACH DELETE n",
        status: "NEW",
        properties: { priority: "P1" },
      },
    ],
    relationships: [
      { type: "AUTHORIZES", from: `${p}SA`, to: `${p}INI` },
      { type: "APPROVED", from: `${p}P1`, to: `${p}SA`, properties: { at: "2026-01-02T03:04:05Z" } },
    ],
  };
}

describe("importDocument", () => {
  it("writes a valid document, and importing it twice changes nothing", async () => {
    const p = uniquePrefix();
    const first = await importDocument(driver, { document: validDocument(p) });
    expect(first).toEqual({ ok: true, nodesWritten: 4, relationshipsWritten: 2, problems: [], warnings: [] });
    expect(await count(p)).toEqual({ nodes: 4, relationships: 2 });
    await importDocument(driver, { document: validDocument(p) });
    expect(await count(p)).toEqual({ nodes: 4, relationships: 2 });
  });

  it("reports every fault of a broken file with its location and writes nothing", async () => {
    const p = uniquePrefix();
    const document = {
      nodes: [
        { type: "Incident", id: `${p}I1`, name: "ok", status: "NEW" },
        { type: "Widget", id: `${p}W1`, name: "unknown type", status: "NEW" },
        { type: "ScopeAgreement", id: `${p}SA`, name: "no decision", status: "DECIDED" },
        { type: "Incident", id: `${p}I2`, name: "bad priority", status: "NEW", properties: { priority: 1 } },
        { type: "Event", id: `${p}I1`, name: "duplicate id", status: "OPEN" },
      ],
      relationships: [
        { type: "GOVERNS", from: `${p}I1`, to: `${p}I2` },
        { type: "RAISES", from: `${p}MISSING`, to: `${p}I1` },
        { type: "LIKES", from: `${p}I1`, to: `${p}I2` },
      ],
    };
    const result = await importDocument(driver, { document });
    expect(result.ok).toBe(false);
    expect(result.problems.map((x) => [x.location, x.code])).toEqual([
      ["/nodes/1/type", "UNKNOWN_TYPE"],
      ["/nodes/2/properties/decision", "MISSING_REQUIRED"],
      ["/nodes/3/properties/priority", "WRONG_TYPE"],
      ["/nodes/4/id", "DUPLICATE_ID"],
      ["/relationships/0", "RELATIONSHIP_NOT_ALLOWED"],
      ["/relationships/1/from", "DANGLING_ENDPOINT"],
      ["/relationships/2/type", "UNKNOWN_RELATIONSHIP_TYPE"],
    ]);
    expect(await count(p)).toEqual({ nodes: 0, relationships: 0 });
  });

  it("accepts relationships to objects already in the database", async () => {
    const p = uniquePrefix();
    await importDocument(driver, { document: validDocument(p) });
    const more = {
      nodes: [{ type: "ServiceRelease", id: `${p}REL`, name: "Release", status: "PLANNED" }],
      relationships: [{ type: "DELIVERS", from: `${p}INI`, to: `${p}REL` }],
    };
    expect((await importDocument(driver, { document: more })).ok).toBe(true);
    const clash = { nodes: [{ type: "Event", id: `${p}INC`, name: "x", status: "OPEN" }], relationships: [] };
    const result = await importDocument(driver, { document: clash });
    expect(result.problems[0]).toMatchObject({ code: "DUPLICATE_ID", location: "/nodes/0/type" });
  });
});

describe("importFile", () => {
  it("imports a CSV directory, reporting rows of a broken one", async () => {
    const p = uniquePrefix();
    const good = mkdtempSync(join(dir, "good-"));
    writeFileSync(
      join(good, "nodes.csv"),
      `type,id,name,status,priority,decision\nScopeAgreement,${p}SA,Decision,DECIDED,,APPROVED\nIncident,${p}INC,"Payments, down",NEW,P2,\nITInitiative,${p}INI,Initiative,PLANNED,,\n`,
    );
    writeFileSync(join(good, "relationships.csv"), `type,from,to\nAUTHORIZES,${p}SA,${p}INI\n`);
    expect(await importFile(driver, { path: good })).toEqual({
      ok: true,
      nodesWritten: 3,
      relationshipsWritten: 1,
      problems: [],
      warnings: [],
    });
    const stored = await driver.executeQuery(
      "MATCH (n:Incident {id: $id}) RETURN n.name AS name, n.priority AS priority",
      { id: `${p}INC` },
    );
    expect(stored.records[0]?.toObject()).toEqual({ name: "Payments, down", priority: "P2" });

    const bad = mkdtempSync(join(dir, "bad-"));
    const q = uniquePrefix();
    writeFileSync(
      join(bad, "nodes.csv"),
      `type,id,name,status,priority\nIncident,${q}A,ok,NEW,P1\nIncident,${q}B,bad,OPENED,P1\n`,
    );
    writeFileSync(join(bad, "relationships.csv"), `type,from,to\nRAISES,${q}A,${q}NOPE\n`);
    const result = await importFile(driver, { path: bad });
    expect(result.problems.map((x) => [x.location, x.code])).toEqual([
      ["nodes.csv:3/status", "INVALID_STATUS"],
      ["relationships.csv:2/to", "DANGLING_ENDPOINT"],
    ]);
    expect(await count(q)).toEqual({ nodes: 0, relationships: 0 });
  });

  it("reports malformed JSON without writing", async () => {
    const file = join(dir, "broken.json");
    writeFileSync(file, '{ "nodes": [ { "type": "Incident", "id": "X"');
    const result = await importFile(driver, { path: file });
    expect(result.ok).toBe(false);
    expect(result.problems[0]?.code).toBe("MALFORMED");
  });

  it("round-trips: export -> delete -> import gives the same ids, types, properties and links", async () => {
    const p = uniquePrefix();
    await importDocument(driver, { document: validDocument(p) });
    const file = join(dir, `${p}.json`);
    await exportDocument(driver, { path: file, from: `${p}SA`, direction: "BOTH", depth: 2 });
    const before = await snapshot(p);
    await driver.executeQuery("MATCH (n) WHERE n.id STARTS WITH $p AND NOT n:Incident DETACH DELETE n", {
      p,
    });
    const result = await importFile(driver, { path: file });
    expect(result.ok).toBe(true);
    expect(await snapshot(p)).toEqual(before);
  });
});

describe("seedDemoIfEmpty", () => {
  it("does nothing when the database already holds data objects", async () => {
    expect(await seedDemoIfEmpty(driver)).toEqual({ loaded: false, nodes: 0, relationships: 0 });
  });
});

async function snapshot(p: string): Promise<unknown> {
  const result = await driver.executeQuery(
    `MATCH (n) WHERE n.id STARTS WITH $p AND NOT n:Incident
     RETURN n.id AS id, labels(n) AS labels, properties(n) AS props,
       COLLECT { MATCH (n)-[r]->(m) RETURN type(r) + '->' + m.id + ':' + toString(r.at) } AS out
     ORDER BY id`,
    { p },
  );
  return result.records.map((r) => {
    const o = r.toObject();
    return {
      ...o,
      labels: [...(o.labels as string[])].sort(),
      props: JSON.stringify(o.props),
      out: [...(o.out as string[])].sort(),
    };
  });
}
