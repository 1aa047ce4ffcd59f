import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../../../server/errors/index.ts";
import type { RequestContext } from "../../../server/context.ts";
import { codes, gql, signTestToken, startTestServer } from "../support/server.ts";
import type { TestServer } from "../support/server.ts";

/** The HTTP shell: health, readiness, metrics, CSRF, limits, clean errors, static client. */
let server: TestServer;
let limited: TestServer;
let clientDir: string;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
// Custom resolvers standing in for the traceability fields, to make slow requests on demand.
const slowResolvers = [
  {
    Query: {
      search: async () => {
        await sleep(400);
        return [];
      },
      coverage: async (_p: unknown, _a: unknown, ctx: RequestContext) => {
        const session = ctx.driver.session({ defaultAccessMode: "READ" });
        try {
          await session.executeRead((tx) => tx.run("CALL apoc.util.sleep(5000)"), {
            timeout: ctx.queryTimeoutMs,
          });
          return [];
        } catch (error) {
          const { fromDriverError } = await import("../../../server/errors/index.ts");
          throw fromDriverError(error);
        } finally {
          await session.close();
        }
      },
      overview: () => {
        throw new TypeError("internal detail that must not leak");
      },
      details: () => {
        throw new AppError("NOT_FOUND", 'No data object with id "NOPE" exists.', { details: { id: "NOPE" } });
      },
    },
  },
];

beforeAll(async () => {
  clientDir = mkdtempSync(join(tmpdir(), "it4it-client-"));
  mkdirSync(join(clientDir, "assets"));
  writeFileSync(join(clientDir, "index.html"), "<!doctype html><title>explorer</title><div id=root></div>");
  writeFileSync(join(clientDir, "assets", "app-123.js"), "console.log('app')");
  server = await startTestServer({ clientDir, resolvers: slowResolvers });
  limited = await startTestServer({
    resolvers: slowResolvers,
    clientDir: join(clientDir, "not-built"),
    env: {
      MAX_BODY_BYTES: "2048",
      MAX_DEPTH: "4",
      MAX_ALIASES: "3",
      MAX_TOKENS: "200",
      MAX_COST: "5000",
      MAX_CONCURRENT_REQUESTS: "2",
      MAX_QUEUED_REQUESTS: "0",
      QUERY_TIMEOUT_MS: "500",
    },
  });
});

afterAll(async () => {
  await Promise.all([server?.close(), limited?.close()]);
  rmSync(clientDir, { recursive: true, force: true });
});

const post = (
  url: string,
  body: string,
  headers: Record<string, string> = { "content-type": "application/json" },
) => fetch(`${url}/graphql`, { method: "POST", headers, body });

describe("health, readiness, metrics", () => {
  it("/healthz answers 200 while the process is up", async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("/readyz answers 200 when Neo4j answers and migrations are applied", async () => {
    const res = await fetch(`${server.url}/readyz`);
    const body = (await res.json()) as {
      status: string;
      neo4j: string;
      migrations: { pending: number; applied: number };
    };
    expect(res.status).toBe(200);
    expect(body).toMatchObject({ status: "ready", neo4j: "ok", migrations: { pending: 0 } });
    expect(body.migrations.applied).toBeGreaterThan(0);
  });

  it("/metrics exposes request counts by operation and errors by code", async () => {
    await gql(server.url, `query CountMe { incidents(limit: 1) { id } }`);
    await gql(server.url, `query Broken { incidents { nope } }`);
    const text = await (await fetch(`${server.url}/metrics`)).text();
    expect(text).toMatch(/graphql_requests_total\{operation="CountMe",code="OK"\} [1-9]/);
    expect(text).toMatch(/graphql_request_duration_seconds_bucket\{le="[^"]+",operation="CountMe"\}/);
    expect(text).toMatch(/graphql_errors_total\{code="BAD_USER_INPUT"\} [1-9]/);
    expect(text).toContain("process_resident_memory_bytes");
    expect(text).toMatch(/neo4j_transaction_duration_seconds_count\{mode="read",outcome="OK"\} [1-9]/);
    expect(text).toMatch(/neo4j_sessions_open 0/);
  });

  it("gives every response a request id", async () => {
    const res = await post(server.url, JSON.stringify({ query: "{ __typename }" }));
    expect(res.headers.get("x-request-id")).toMatch(/.+/);
  });
});

describe("clean errors with codes", () => {
  it("malformed GraphQL -> 400 BAD_USER_INPUT (GRAPHQL_PARSE_FAILED)", async () => {
    const res = await gql(server.url, `{ incidents { id `);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions).toEqual({
      code: "BAD_USER_INPUT",
      reason: "GRAPHQL_PARSE_FAILED",
    });
  });

  it("unknown field -> 400 BAD_USER_INPUT (GRAPHQL_VALIDATION_FAILED)", async () => {
    const res = await gql(server.url, `{ incidents { nope } }`);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("wrong variable type -> 400 BAD_USER_INPUT", async () => {
    const res = await gql(server.url, `query ($n: Int) { incidents(limit: $n) { id } }`, { n: "ten" });
    expect(res.status).toBe(400);
    expect(codes(res)).toEqual(["BAD_USER_INPUT"]);
  });

  it("invalid JSON body -> 400 BAD_USER_INPUT", async () => {
    const res = await post(server.url, `{"query": "{ __typename }"`);
    expect(res.status).toBe(400);
    expect(
      ((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
    ).toBe("BAD_USER_INPUT");
  });

  it("missing query -> 400 with a code", async () => {
    const res = await post(server.url, JSON.stringify({ variables: {} }));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe("BAD_USER_INPUT");
  });

  it("a negative limit -> BAD_USER_INPUT", async () => {
    const res = await gql(server.url, `{ incidents(limit: -5) { id } }`);
    expect(codes(res)).toEqual(["BAD_USER_INPUT"]);
  });

  it("a persisted-query hash that does not match -> 400 BAD_USER_INPUT", async () => {
    const res = await post(
      server.url,
      JSON.stringify({
        query: "{ __typename }",
        extensions: { persistedQuery: { version: 1, sha256Hash: "abc" } },
      }),
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe("BAD_USER_INPUT");
  });

  it("stores and returns Cypher-looking strings literally", async () => {
    const token = await signTestToken({ roles: ["editor"] });
    const id = `T${Date.now()}-INJ`;
    const name = `x'}) MATCH (n) DETACH DELETE n //"\\ $param \u0000 😀`;
    const created = await gql(
      server.url,
      `mutation ($id: ID!, $name: String!) { createPolicies(input: [{ id: $id, name: $name, status: "DRAFT" }]) { policies { name } } }`,
      { id, name },
      token,
    );
    expect(created.body.errors).toBeUndefined();
    const read = await gql<{ policies: { name: string }[] }>(
      server.url,
      `query ($name: String!) { policies(where: { name: { eq: $name } }) { name } }`,
      { name },
    );
    expect(read.body.data?.policies).toEqual([{ name }]);
    await gql(
      server.url,
      `mutation ($id: ID!) { deletePolicies(where: { id: { eq: $id } }) { nodesDeleted } }`,
      { id },
      token,
    );
  });

  it("an AppError from a resolver keeps its code and details", async () => {
    const res = await gql(server.url, `{ details(id: "NOPE") { node { id } } }`);
    expect(res.body.errors?.[0]?.extensions).toEqual({ code: "NOT_FOUND", details: { id: "NOPE" } });
  });

  it("an unexpected error is INTERNAL without its message or a stack", async () => {
    const res = await gql(server.url, `{ overview { totalNodes } }`);
    expect(codes(res)).toEqual(["INTERNAL"]);
    const text = JSON.stringify(res.body);
    expect(text).not.toContain("internal detail");
    expect(text).not.toMatch(/\bat .*\.ts:\d+/);
    expect(text).not.toContain("stacktrace");
  });

  it("a query past QUERY_TIMEOUT_MS is stopped by Neo4j -> DB_TIMEOUT", async () => {
    const started = Date.now();
    const res = await gql(limited.url, `{ coverage { total } }`);
    expect(codes(res)).toEqual(["DB_TIMEOUT"]);
    expect(Date.now() - started).toBeLessThan(4000);
  });
});

describe("limits", () => {
  it("refuses a body over MAX_BODY_BYTES with 413 and a JSON GraphQL error", async () => {
    const res = await post(
      limited.url,
      JSON.stringify({ query: `{ __typename }`, variables: { pad: "x".repeat(5000) } }),
    );
    expect(res.status).toBe(413);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe("LIMIT_EXCEEDED");
  });

  it("refuses a query deeper than MAX_DEPTH", async () => {
    const res = await gql(
      limited.url,
      `{ events { raisesIncidents { escalatedToProblems { reportsDefectDefects { id } } } } }`,
    );
    expect(codes(res)).toEqual(["LIMIT_EXCEEDED"]);
    expect(res.body.errors?.[0]?.message).toMatch(/depth limit of 4/);
  });

  it("refuses more aliases than MAX_ALIASES", async () => {
    const res = await gql(
      limited.url,
      `{ a: incidents(limit: 1) { id } b: events(limit: 1) { id } c: rfcs(limit: 1) { id } d: problems(limit: 1) { i: id } }`,
    );
    expect(codes(res)).toEqual(["LIMIT_EXCEEDED"]);
  });

  it("refuses more tokens than MAX_TOKENS", async () => {
    const res = await gql(limited.url, `{ ${"__typename ".repeat(250)} }`);
    expect(codes(res)).toEqual(["LIMIT_EXCEEDED"]);
  });

  it("refuses a query costlier than MAX_COST", async () => {
    const fields = "id name status description createdAt updatedAt";
    const res = await gql(
      limited.url,
      `{ events { ${fields} raisesIncidents { ${fields} raisesRFCs { ${fields} changesActualServiceCIs { ${fields} } } } } }`,
    );
    expect(codes(res)).toContain("LIMIT_EXCEEDED");
  });

  it("answers 503 LIMIT_EXCEEDED over MAX_CONCURRENT_REQUESTS, then serves again", async () => {
    const all = await Promise.all(
      Array.from({ length: 5 }, () => gql(limited.url, `{ search(text: "x") { id } }`)),
    );
    const statuses = all.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(2);
    expect(statuses.filter((s) => s === 503)).toHaveLength(3);
    expect(all.filter((r) => r.status === 503).every((r) => codes(r)[0] === "LIMIT_EXCEEDED")).toBe(true);
    expect((await gql(limited.url, `{ search(text: "x") { id } }`)).status).toBe(200);
  });
});

describe("waiting in line for a slot (MAX_QUEUED_REQUESTS, QUEUE_WAIT_MS)", () => {
  async function statusesOf(env: Record<string, string>, count: number): Promise<number[]> {
    const queued = await startTestServer({
      resolvers: slowResolvers,
      env: { MAX_CONCURRENT_REQUESTS: "2", ANSWER_CACHE_MB: "0", ...env },
    });
    try {
      // Each search takes 400 ms (slowResolvers): two run, the rest wait in line.
      const all = await Promise.all(
        Array.from({ length: count }, (_, i) => gql(queued.url, `{ search(text: "q${i}") { id } }`)),
      );
      return all.map((r) => r.status).sort();
    } finally {
      await queued.close();
    }
  }

  it("serves the requests in line once slots free up, and sheds those beyond the line", async () => {
    expect(await statusesOf({ MAX_QUEUED_REQUESTS: "2", QUEUE_WAIT_MS: "5000" }, 5)).toEqual([
      200, 200, 200, 200, 503,
    ]);
  });

  it("sheds a request whose wait in line is over before a slot frees", async () => {
    expect(await statusesOf({ MAX_QUEUED_REQUESTS: "2", QUEUE_WAIT_MS: "100" }, 4)).toEqual([
      200, 200, 503, 503,
    ]);
  });
});

describe("CSRF prevention", () => {
  it("blocks a simple (form-like) POST", async () => {
    const res = await post(server.url, "query={__typename}", {
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.message).toMatch(/CSRF/);
    expect(body.errors[0]?.extensions.code).toBe("BAD_USER_INPUT");
  });

  it("blocks a GET without a preflight header, allows it with one", async () => {
    const url = `${server.url}/graphql?query=${encodeURIComponent("{ __typename }")}`;
    expect((await fetch(url)).status).toBe(400);
    const ok = await fetch(url, { headers: { "apollo-require-preflight": "true" } });
    expect(ok.status).toBe(200);
  });

  it("never runs a mutation over GET", async () => {
    const token = await signTestToken({ roles: ["editor"] });
    const query = `mutation { deletePolicies(where: { id: { eq: "none" } }) { nodesDeleted } }`;
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent(query)}`, {
      headers: { "apollo-require-preflight": "true", authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(405);
  });
});

describe("static client", () => {
  it("serves index.html at / and for client routes, assets as files", async () => {
    const root = await fetch(`${server.url}/`);
    expect(root.status).toBe(200);
    expect(await root.text()).toContain("<title>explorer</title>");
    const route = await fetch(`${server.url}/lineage/INC-1?depth=3`, { headers: { accept: "text/html" } });
    expect(await route.text()).toContain("<title>explorer</title>");
    const asset = await fetch(`${server.url}/assets/app-123.js`);
    expect(asset.headers.get("content-type")).toContain("javascript");
    expect(asset.headers.get("cache-control")).toContain("immutable");
    expect((await fetch(`${server.url}/assets/missing.js`)).status).toBe(404);
  });

  it("never serves files outside the client folder", async () => {
    const res = await fetch(`${server.url}/..%2f..%2fpackage.json`);
    expect(await res.text()).not.toContain('"name"');
  });

  it("shows how to build the client when it is not built", async () => {
    const res = await fetch(`${limited.url}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("npm run build");
  });
});
