import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDriver } from "../../../server/db/index.ts";
import type { Driver } from "neo4j-driver";
import { startTcpProxy } from "../../support/tcp-proxy.ts";
import type { TcpProxy } from "../../support/tcp-proxy.ts";
import { testDbConfig } from "../support/neo4j.ts";
import { codes, gql, startTestServer } from "../support/server.ts";
import type { TestServer } from "../support/server.ts";

/**
 * Neo4j going away and coming back, seen through the server: the server's only route to Neo4j is a TCP proxy
 * that the test cuts and restores. The server is never restarted.
 */
const PROXY_PORT = Number(process.env.TEST_PROXY_PORT ?? 7716);
let proxy: TcpProxy;
let driver: Driver;
let server: TestServer;

const READ = `{ incidents(limit: 1) { id } }`;
const CUSTOM = `{ search(text: "service") { id } }`;

beforeAll(async () => {
  const db = testDbConfig();
  proxy = await startTcpProxy({ targetPort: db.boltPort, listenPort: PROXY_PORT });
  driver = createDriver({ ...db, uri: `bolt://127.0.0.1:${proxy.port}` });
  server = await startTestServer({ driver });
});

afterAll(async () => {
  await server?.close();
  await driver?.close();
  await proxy?.close();
});

const status = async (path: string) => (await fetch(`${server.url}${path}`)).status;

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: Math.round(performance.now() - started) };
}

describe("Neo4j unreachable", () => {
  it("serves normally through the proxy first", async () => {
    const res = await gql(server.url, READ);
    expect(res.body.errors).toBeUndefined();
    // Kept by the answer cache: below, the same read with Neo4j gone must fail, not come from memory.
    expect((await gql(server.url, READ)).headers.get("x-answer-cache")).toBe("hit");
    expect(await status("/readyz")).toBe(200);
    expect(proxy.acceptedConnections).toBeGreaterThan(0);
  });

  it("answers DB_UNAVAILABLE within 5 s, /readyz 503, /healthz 200 while Neo4j is cut off", async () => {
    proxy.refuseNew(true);
    for (const query of [READ, CUSTOM]) {
      const { value: res, ms } = await timed(() => gql(server.url, query));
      console.log(`[fault] ${query.slice(0, 30)}… with Neo4j cut off: ${codes(res).join(",")} in ${ms} ms`);
      expect(codes(res)).toEqual(["DB_UNAVAILABLE"]);
      expect(res.body.data ?? null).toBeNull();
      expect(res.body.errors?.[0]?.message).toMatch(/unavailable/i);
      expect(ms).toBeLessThan(5000);
    }
    const ready = await timed(() => fetch(`${server.url}/readyz`));
    expect(ready.value.status).toBe(503);
    expect(await ready.value.json()).toMatchObject({ status: "not ready", neo4j: "unavailable" });
    expect(ready.ms).toBeLessThan(5000);
    expect(await status("/healthz")).toBe(200);
  });

  it("keeps answering many concurrent requests with DB_UNAVAILABLE, none hanging or 5xx-crashing the process", async () => {
    const { value: all, ms } = await timed(() =>
      Promise.all(Array.from({ length: 20 }, () => gql(server.url, READ))),
    );
    expect(all.every((r) => codes(r)[0] === "DB_UNAVAILABLE")).toBe(true);
    expect(ms).toBeLessThan(10_000);
    expect(await status("/healthz")).toBe(200);
  });

  it("succeeds again within 10 s once Neo4j is reachable, without restarting the server", async () => {
    proxy.refuseNew(false);
    const started = performance.now();
    let recoveredMs = -1;
    while (performance.now() - started < 10_000) {
      const res = await gql(server.url, READ);
      if (!res.body.errors) {
        recoveredMs = Math.round(performance.now() - started);
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    console.log(`[fault] recovered after Neo4j came back: ${recoveredMs} ms`);
    expect(recoveredMs).toBeGreaterThanOrEqual(0);
    expect(await status("/readyz")).toBe(200);
    expect((await gql(server.url, CUSTOM)).body.errors).toBeUndefined();
  });

  it("recovers when open connections are cut under it (stale pooled connections are not served)", async () => {
    proxy.cutAll();
    const res = await gql(server.url, READ);
    expect(res.body.errors).toBeUndefined();
  });
});

describe("Neo4j hanging (accepts connections, answers nothing)", () => {
  it("answers with a database error code within 5 s instead of hanging, then recovers", async () => {
    proxy.cutAll();
    proxy.setLatency(60_000);
    try {
      const { value: res, ms } = await timed(() => gql(server.url, READ));
      console.log(`[fault] Neo4j hanging: ${codes(res).join(",")} in ${ms} ms`);
      expect(["DB_UNAVAILABLE", "DB_TIMEOUT"]).toContain(codes(res)[0]);
      expect(ms).toBeLessThan(5000);
      const ready = await timed(() => fetch(`${server.url}/readyz`));
      expect(ready.value.status).toBe(503);
      expect(ready.ms).toBeLessThan(5000);
    } finally {
      proxy.setLatency(0);
      proxy.cutAll();
    }
    const started = performance.now();
    let ok = false;
    while (!ok && performance.now() - started < 10_000) {
      ok = !(await gql(server.url, READ)).body.errors;
    }
    expect(ok).toBe(true);
  });
});
