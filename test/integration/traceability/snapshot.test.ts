import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { snapshotComputations } from "../../../server/traceability/index.ts";
import { testDbConfig, testDriver, uniquePrefix } from "../support/neo4j.ts";
import { gql, signTestToken, startTestServer } from "../support/server.ts";
import type { TestServer } from "../support/server.ts";

/**
 * Whole-estate answers come from a snapshot computed once per change of the estate, and every way of
 * changing it makes the next answer current: a generated mutation, importGraph, the import CLI, a write by a
 * foreign driver, a write through another server process on the same database.
 */
const p = uniquePrefix();
const REPORT = `{ coverageReport { rows { scope type total traced } snapshot { version stale } } }`;
let a: TestServer;
let b: TestServer;
let editor: string;
const foreign = testDriver();

interface Report {
  coverageReport: {
    rows: { scope: string; type: string | null; total: number; traced: number }[];
    snapshot: { version: string; stale: boolean };
  };
}

async function report(server: TestServer) {
  const res = await gql<Report>(server.url, REPORT);
  expect(res.body.errors).toBeUndefined();
  const data = res.body.data?.coverageReport as Report["coverageReport"];
  const incidents = data.rows.find((r) => r.type === "Incident")?.total ?? 0;
  return { incidents, version: data.snapshot.version, stale: data.snapshot.stale };
}

const incident = (suffix: string) => ({ type: "Incident", id: `${p}${suffix}`, name: "x", status: "NEW" });

beforeAll(async () => {
  [a, b] = await Promise.all([startTestServer(), startTestServer()]);
  editor = await signTestToken({ roles: ["editor"] });
});
afterAll(async () => {
  await foreign.executeQuery("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p });
  await Promise.all([a?.close(), b?.close(), foreign.close()]);
});

describe("estate snapshot", () => {
  it("is computed in the background at start (SNAPSHOT_WARMUP), so the first request does not wait for it", async () => {
    const before = snapshotComputations("coverage");
    const warm = await startTestServer({ env: { SNAPSHOT_WARMUP: "true" } });
    try {
      const deadline = Date.now() + 30_000;
      while (snapshotComputations("coverage") === before && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      expect(snapshotComputations("coverage")).toBe(before + 1);
      const answer = await report(warm);
      expect(answer.stale).toBe(false);
      expect(snapshotComputations("coverage")).toBe(before + 1);
    } finally {
      await warm.close();
    }
  });

  it("serves a second call from the snapshot without recomputing it", async () => {
    const first = await report(a);
    const computed = snapshotComputations("coverage");
    const second = await report(a);
    expect(snapshotComputations("coverage")).toBe(computed);
    expect(second).toEqual(first);
    expect(second.stale).toBe(false);
  });

  it("answers currently after a write by a foreign driver session", async () => {
    const before = await report(a);
    await foreign.executeQuery("CREATE (:Incident:DataObject {id: $id, name: 'x', status: 'NEW'})", {
      id: `${p}FOREIGN`,
    });
    const after = await report(a);
    expect(after.incidents).toBe(before.incidents + 1);
    expect(after.version).not.toBe(before.version);
  });

  it("answers currently after a generated mutation through another server process", async () => {
    const before = await report(a);
    const res = await gql(
      b.url,
      `mutation ($id: ID!) { createIncidents(input: [{ id: $id, name: "m", status: "NEW" }]) { incidents { id } } }`,
      { id: `${p}MUTATION` },
      editor,
    );
    expect(res.body.errors).toBeUndefined();
    expect((await report(a)).incidents).toBe(before.incidents + 1);
  });

  it("answers currently after importGraph", async () => {
    const before = await report(a);
    const res = await gql(
      a.url,
      `mutation ($d: JSON!) { importGraph(document: $d) { ok } }`,
      { d: { nodes: [incident("IMPORTED")], relationships: [] } },
      editor,
    );
    expect(res.body.errors).toBeUndefined();
    expect((await report(a)).incidents).toBe(before.incidents + 1);
  });

  it("answers currently after the import CLI", async () => {
    const before = await report(b);
    const dir = mkdtempSync(join(tmpdir(), "it4it-snapshot-"));
    try {
      const file = join(dir, "estate.json");
      writeFileSync(file, JSON.stringify({ nodes: [incident("CLI")], relationships: [] }));
      const config = testDbConfig();
      const code = await new Promise<number | null>((resolve) => {
        const child = spawn("npx", ["tsx", "seed/import-cli.ts", file], {
          env: {
            ...process.env,
            NEO4J_URI: config.uri,
            NEO4J_USER: config.user,
            NEO4J_PASSWORD: config.password,
          },
          stdio: "ignore",
        });
        child.on("exit", resolve);
      });
      expect(code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect((await report(b)).incidents).toBe(before.incidents + 1);
  });
});
