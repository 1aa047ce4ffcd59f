import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDriver } from "../../../server/db/index.ts";
import { uniquePrefix } from "../support/neo4j.ts";
import { codes, gql, signTestToken, startTestServer } from "../support/server.ts";
import type { TestServer } from "../support/server.ts";

/**
 * Fail-closed configuration and what is public: any NODE_ENV but unset/development/test is production, a local
 * server answers only to loopback host names, /readyz names a code and never the driver's message, and a
 * viewer's aggregates leave accountability out.
 */
let local: TestServer;
let staging: TestServer;
let noSecret: TestServer;
const p = uniquePrefix();

beforeAll(async () => {
  local = await startTestServer();
  staging = await startTestServer({ env: { NODE_ENV: "staging" } });
  noSecret = await startTestServer({ env: { JWT_SECRET: "", JWT_ISSUER: "", JWT_AUDIENCE: "" } });
});
afterAll(async () => {
  const session = local.driver.session();
  await session
    .run("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p })
    .finally(() => session.close());
  await Promise.all([local?.close(), staging?.close(), noSecret?.close()]);
});

/** A GET with a chosen Host header (fetch does not let one set it). */
function getWithHost(url: string, path: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, { headers: { host } }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("Host allow-list (local mode)", () => {
  it.each(["/graphql?query=%7B__typename%7D", "/healthz", "/"])(
    "refuses Host: attacker.example at %s",
    async (path) => {
      const res = await getWithHost(local.url, path, "attacker.example");
      expect(res.status).toBe(421);
      expect(JSON.parse(res.body)).toMatchObject({
        errors: [{ extensions: { code: "FORBIDDEN", details: { reason: "HOST_NOT_ALLOWED" } } }],
      });
    },
  );

  it("answers to localhost and 127.0.0.1 on any port", async () => {
    for (const host of [`localhost:${local.port}`, `127.0.0.1:${local.port}`, "localhost"]) {
      expect((await getWithHost(local.url, "/healthz", host)).status).toBe(200);
    }
  });
});

describe("/readyz", () => {
  it("says what failed with a code, without the driver's message", async () => {
    const dead = createDriver({ uri: "bolt://127.0.0.1:1", user: "neo4j", password: "secret-password" });
    const server = await startTestServer({ driver: dead, resolvers: [] });
    try {
      const res = await fetch(`${server.url}/readyz`);
      const text = await res.text();
      expect(res.status).toBe(503);
      expect(JSON.parse(text)).toMatchObject({
        status: "not ready",
        neo4j: "unavailable",
        code: "DB_UNAVAILABLE",
      });
      expect(text).not.toMatch(/127\.0\.0\.1|bolt:|ECONNREFUSED|connect|secret/i);
    } finally {
      await server.close();
      await dead.close();
    }
  });
});

describe("NODE_ENV=staging behaves as production", () => {
  it("needs a token, has introspection off, and refuses a token without exp", async () => {
    expect(codes(await gql(staging.url, `{ __typename }`))).toEqual(["UNAUTHENTICATED"]);
    const token = await signTestToken({ roles: ["viewer"] });
    expect((await gql(staging.url, `{ __typename }`, undefined, token)).body.errors).toBeUndefined();
    expect(codes(await gql(staging.url, `{ __schema { types { name } } }`, undefined, token))).not.toEqual(
      [],
    );
    const { SignJWT } = await import("jose");
    const noExp = await new SignJWT({ roles: ["admin"] })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer("it4it-test")
      .setAudience("it4it-explorer")
      .sign(new TextEncoder().encode("integration-test-secret-0123456789abcdef"));
    const refused = await gql(staging.url, `{ __typename }`, undefined, noExp);
    expect(codes(refused)).toEqual(["UNAUTHENTICATED"]);
    expect(refused.body.errors?.[0]?.extensions?.details).toEqual({ reason: "MISSING_CLAIM_EXP" });
  });
});

describe("the local editor token", () => {
  it("still works (it has exp and lives at most JWT_MAX_TTL)", async () => {
    expect(noSecret.localEditorToken).toBeDefined();
    const res = await gql(
      noSecret.url,
      `mutation ($id: ID!) { createPolicies(input: [{ id: $id, name: "p", status: "DRAFT" }]) { policies { id } } }`,
      { id: `${p}-POL` },
      noSecret.localEditorToken,
    );
    expect(res.body.errors).toBeUndefined();
  });
});

describe("overview for viewers", () => {
  it("leaves accountability links out of totalRelationships", async () => {
    const editor = await signTestToken({ roles: ["editor"] });
    const seeded = await gql(
      local.url,
      `mutation ($inc: ID!, $party: ID!) {
        createParties(input: [{ id: $party, name: "Ops", status: "ACTIVE", kind: "TEAM" }]) { parties { id } }
        createIncidents(input: [{ id: $inc, name: "Outage", status: "NEW",
          owners: { connect: [{ where: { node: { id: { eq: $party } } } }] } }]) { incidents { id } } }`,
      { inc: `${p}-INC`, party: `${p}-PTY` },
      editor,
    );
    expect(seeded.body.errors).toBeUndefined();
    const session = local.driver.session();
    const accountability = await session
      .run("MATCH ()-[r:OWNS|APPROVED|ASSIGNED_TO]->() RETURN count(r) AS n")
      .then((r) => Number(r.records[0]?.get("n")))
      .finally(() => session.close());
    expect(accountability).toBeGreaterThan(0);
    const query = `{ overview { totalRelationships } }`;
    type O = { overview: { totalRelationships: number } };
    const viewer = await gql<O>(local.url, query);
    const auditor = await gql<O>(local.url, query, undefined, await signTestToken({ roles: ["auditor"] }));
    const shown = (r: typeof viewer) => r.body.data?.overview.totalRelationships ?? NaN;
    expect(shown(auditor) - shown(viewer)).toBe(accountability);
  });
});
