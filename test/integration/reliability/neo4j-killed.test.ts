import { rmSync } from "node:fs";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalNeo4j } from "../../../neo4j/local-neo4j.ts";
import type { LocalNeo4j } from "../../../neo4j/local-neo4j.ts";
import { createDriver, migrate } from "../../../server/db/index.ts";
import { codes, gql, signTestToken, startTestServer } from "../support/server.ts";
import type { TestServer } from "../support/server.ts";

/**
 * A real Neo4j process killed with SIGKILL in the middle of a write load through the server, then started
 * again on the same data directory: every write the server acknowledged must be in the database afterwards.
 * This Neo4j is the test's own (KILL_NEO4J_BOLT_PORT, default 7726), not the shared integration one.
 */
const BOLT_PORT = Number(process.env.KILL_NEO4J_BOLT_PORT ?? 7726);
const DATA_DIR = `.data/neo4j-kill-${BOLT_PORT}`;
const PASSWORD = "it4it-kill-test-password";
const WORKERS = 6;

let neo4j: LocalNeo4j | undefined;
let driver: Driver;
let server: TestServer;
let editor: string;

const start = () =>
  startLocalNeo4j({
    boltPort: BOLT_PORT,
    dataDir: DATA_DIR,
    password: PASSWORD,
    heap: process.env.NEO4J_HEAP ?? "512m",
    pageCache: process.env.NEO4J_PAGECACHE ?? "256m",
  });

beforeAll(async () => {
  rmSync(DATA_DIR, { recursive: true, force: true });
  neo4j = await start();
  driver = createDriver({ uri: neo4j.uri, user: "neo4j", password: PASSWORD });
  await migrate(driver);
  server = await startTestServer({ driver });
  editor = await signTestToken({ roles: ["editor"] });
}, 240_000);

afterAll(async () => {
  await server?.close();
  await driver?.close();
  await neo4j?.stop();
  rmSync(DATA_DIR, { recursive: true, force: true });
});

interface LoadResult {
  acknowledged: string[];
  failedCodes: Map<string, number>;
  sent: number;
}

const CREATE = `mutation ($id: ID!, $name: String!) {
  createIncidents(input: [{ id: $id, name: $name, status: "NEW", priority: "P2" }]) { incidents { id } }
}`;

/** Writes one incident per request from WORKERS loops until `stop()`; records what the server acknowledged. */
function writeLoad(): { acknowledgedSoFar: () => number; stop: () => Promise<LoadResult> } {
  const result: LoadResult = { acknowledged: [], failedCodes: new Map(), sent: 0 };
  let running = true;
  const worker = async (w: number) => {
    for (let i = 0; running; i++) {
      const id = `KILL-${w}-${i}`;
      result.sent += 1;
      try {
        const res = await gql<{ createIncidents: { incidents: { id: string }[] } }>(
          server.url,
          CREATE,
          { id, name: `Write ${w}/${i}` },
          editor,
        );
        if (!res.body.errors && res.body.data?.createIncidents.incidents[0]?.id === id) {
          result.acknowledged.push(id);
        } else {
          const code = codes(res)[0] ?? `HTTP_${res.status}`;
          result.failedCodes.set(code, (result.failedCodes.get(code) ?? 0) + 1);
          await new Promise((r) => setTimeout(r, 50));
        }
      } catch (error) {
        const code = `FETCH_${(error as Error).message}`;
        result.failedCodes.set(code, (result.failedCodes.get(code) ?? 0) + 1);
      }
    }
  };
  const workers = Array.from({ length: WORKERS }, (_, w) => worker(w));
  return {
    acknowledgedSoFar: () => result.acknowledged.length,
    async stop() {
      running = false;
      await Promise.all(workers);
      return result;
    },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("Neo4j killed with SIGKILL under a write load", () => {
  it("loses no acknowledged write after a restart on the same data directory", async () => {
    const load = writeLoad();
    // Kill only once writes are flowing (at least 2.5 s and 25 acknowledged, however loaded the machine is).
    const loadStart = performance.now();
    await sleep(2500);
    while (load.acknowledgedSoFar() <= 25 && performance.now() - loadStart < 30_000) await sleep(100);
    const killedPid = (neo4j as LocalNeo4j).pid;
    const acknowledgedBeforeKill = load.acknowledgedSoFar();
    process.kill(killedPid, "SIGKILL");
    const killedAt = performance.now();
    await (neo4j as LocalNeo4j).stop().catch(() => undefined);
    neo4j = undefined;
    await sleep(1000);
    neo4j = await start();
    const restartedMs = Math.round(performance.now() - killedAt);
    // Keep writing until the server succeeds again, then a little more.
    const recoverStart = performance.now();
    let recoveredMs = -1;
    while (performance.now() - recoverStart < 20_000) {
      const res = await gql(server.url, `{ incidents(limit: 1) { id } }`);
      if (!res.body.errors) {
        recoveredMs = Math.round(performance.now() - recoverStart);
        break;
      }
      await sleep(100);
    }
    await sleep(1500);
    const result = await load.stop();

    const { records } = await driver.executeQuery(
      "UNWIND $ids AS id OPTIONAL MATCH (n:Incident {id: id}) RETURN count(n) AS found",
      { ids: result.acknowledged },
    );
    const found = Number(records[0]?.get("found"));
    const { records: all } = await driver.executeQuery(
      "MATCH (n:Incident) WHERE n.id STARTS WITH 'KILL-' RETURN count(n) AS n",
    );
    const stored = Number(all[0]?.get("n"));
    console.log(
      `[fault] SIGKILL under write load: ${result.sent} writes sent, ${result.acknowledged.length} acknowledged ` +
        `(${acknowledgedBeforeKill} before the kill), ` +
        `${found} of them found after restart, ${stored} stored in all; failures ${JSON.stringify(Object.fromEntries(result.failedCodes))}; ` +
        `Neo4j back in ${restartedMs} ms, server answering ${recoveredMs} ms after that`,
    );
    expect(recoveredMs).toBeGreaterThanOrEqual(0);
    expect(acknowledgedBeforeKill).toBeGreaterThan(20);
    expect(result.acknowledged.length).toBeGreaterThan(acknowledgedBeforeKill);
    expect(result.failedCodes.size).toBeGreaterThan(0);
    // Every failure while Neo4j was down was a clean database error, never a crash or an internal error.
    for (const code of result.failedCodes.keys()) expect(["DB_UNAVAILABLE", "DB_TIMEOUT"]).toContain(code);
    expect(found).toBe(result.acknowledged.length);
    // Unacknowledged writes may have committed (the answer was lost), but nothing beyond what was sent.
    expect(stored).toBeGreaterThanOrEqual(found);
    expect(stored).toBeLessThanOrEqual(result.sent);
  }, 180_000);
});
