import { readFileSync } from "node:fs";
import { buildSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUGMENTED_SNAPSHOT_PATH } from "../../../server/schema/index.ts";
import { uniquePrefix } from "../support/neo4j.ts";
import { longestLoopStall } from "../support/loop-stall.ts";
import { gql, signTestToken, startTestServer } from "../support/server.ts";
import type { TestServer } from "../support/server.ts";
import { checkResponse } from "./check-response.ts";
import { FUZZ_KINDS, fuzzRequests } from "./generate.ts";
import type { FuzzRequest, FuzzRole } from "./generate.ts";
import { CYPHER_STRINGS, HOSTILE_STRINGS } from "./hostile-strings.ts";

/**
 * Hostile and malformed input against the real server in production mode: FUZZ_COUNT (default 10,000)
 * generated requests from seed FUZZ_SEED (printed; set it to replay a run). Zero 5xx, the process keeps
 * serving, every response well-formed with a code, no request holding the event loop (server and client share
 * this process) for LOOP_STALL_MS; Cypher-looking input is stored and returned literally.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const COUNT = Number(process.env.FUZZ_COUNT ?? 10_000);
const CONCURRENCY = 8;
const MAX_BODY_BYTES = 2 * 1024 * 1024;
/** Half of Node's headersTimeout (HEADERS_TIMEOUT_MS, 10 s), past which a stall answers new connections 408. */
const LOOP_STALL_MS = 5000;

let server: TestServer;
const tokens = {} as Record<FuzzRole, string | undefined>;
const prefix = uniquePrefix();

beforeAll(async () => {
  server = await startTestServer({ env: { NODE_ENV: "production", MAX_BODY_BYTES: String(MAX_BODY_BYTES) } });
  tokens.anonymous = undefined;
  for (const role of ["viewer", "auditor", "editor"] as const)
    tokens[role] = await signTestToken({ roles: [role] });
  tokens["garbage-token"] = "not.a.jwt";
});

afterAll(async () => {
  if (server) {
    await server.driver.executeQuery("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p: prefix });
    await server.close();
  }
});

async function send(request: FuzzRequest): Promise<{ status: number; text: string }> {
  const token = tokens[request.role];
  const headers = { ...request.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const init: RequestInit = { method: request.method, headers };
  if (request.body !== undefined && request.method !== "GET")
    init.body = typeof request.body === "string" ? request.body : Buffer.from(request.body);
  const response = await fetch(`${server.url}${request.path}`, init);
  return { status: response.status, text: await response.text() };
}

/** A failed fetch's message with its cause (fetch says only "fetch failed"; the cause says why). */
function describeFailure(error: Error): string {
  const cause = error.cause as { code?: string; message?: string } | undefined;
  return cause ? `${error.message} (${cause.code ?? ""} ${cause.message ?? ""})` : error.message;
}

describe("fuzz", () => {
  it(`sends ${COUNT} generated requests: no 5xx, no crash, every response well-formed with a code`, async () => {
    const schema = buildSchema(readFileSync(AUGMENTED_SNAPSHOT_PATH, "utf8"));
    console.log(
      `[fuzz] seed ${SEED} (replay: FUZZ_SEED=${SEED}), ${COUNT} requests, concurrency ${CONCURRENCY}`,
    );
    const requests = fuzzRequests({
      schema,
      seed: SEED,
      count: COUNT,
      idPrefix: prefix,
      maxBodyBytes: MAX_BODY_BYTES,
    });
    const byKind = new Map<string, number>();
    const byStatus = new Map<number, number>();
    const byCode = new Map<string, number>();
    const problems: string[] = [];
    let sent = 0;
    const started = performance.now();
    const worker = async () => {
      for (let next = requests.next(); !next.done; next = requests.next()) {
        const request = next.value;
        const { status, text } = await send(request).catch((error: Error) => ({
          status: -1,
          text: describeFailure(error),
        }));
        sent += 1;
        byKind.set(request.kind, (byKind.get(request.kind) ?? 0) + 1);
        byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
        const checked =
          status === -1 ? { problem: `no response: ${text}`, codes: [] } : checkResponse(status, text);
        const outcome = checked.codes.length === 0 ? "OK" : [...new Set(checked.codes)].sort().join("+");
        byCode.set(outcome, (byCode.get(outcome) ?? 0) + 1);
        if (checked.problem) {
          const shown =
            typeof request.body === "string"
              ? request.body.slice(0, 300)
              : `${request.method} ${request.path.slice(0, 200)}`;
          problems.push(
            `#${request.index} ${request.kind} as ${request.role}: ${checked.problem}\n    sent: ${shown}`,
          );
        }
      }
    };
    const { longestStallMs: longestStall } = await longestLoopStall(
      () => Promise.all(Array.from({ length: CONCURRENCY }, worker)),
      50,
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `[fuzz] ${sent} requests in ${seconds.toFixed(1)} s, longest event-loop stall ${longestStall.toFixed(0)} ms; by kind ${JSON.stringify(Object.fromEntries(byKind))}; ` +
        `by status ${JSON.stringify(Object.fromEntries(byStatus))}; by outcome ${JSON.stringify(Object.fromEntries(byCode))}; ` +
        `${problems.length} problems`,
    );
    if (problems.length > 0) console.log(`[fuzz] first problems:\n${problems.slice(0, 60).join("\n")}`);
    expect(sent).toBe(COUNT);
    expect(new Set(byKind.keys())).toEqual(new Set(Object.keys(FUZZ_KINDS)));
    expect(problems).toEqual([]);
    expect(longestStall).toBeLessThan(LOOP_STALL_MS);
    // Still serving, in the same process.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect(
      (await gql(server.url, `{ incidents(limit: 1) { id } }`, {}, tokens.viewer)).body.errors,
    ).toBeUndefined();
  }, 600_000);
});

describe("Cypher-looking and Unicode input is data, never code", () => {
  it("stores every hostile string through a create mutation and returns it literally, changing nothing else", async () => {
    const state = async () => {
      const { records } = await server.driver.executeQuery(
        "RETURN COUNT { MATCH (n) } AS nodes, COUNT { ()-[r]->() } AS rels, COUNT { MATCH (n:Injected) } AS injected",
      );
      const constraints = (await server.driver.executeQuery("SHOW CONSTRAINTS")).records.length;
      const r = records[0];
      return {
        nodes: Number(r?.get("nodes")),
        rels: Number(r?.get("rels")),
        injected: Number(r?.get("injected")),
        constraints,
      };
    };
    const before = await state();
    const created: string[] = [];
    for (const [i, text] of HOSTILE_STRINGS.entries()) {
      // Neo4j stores strings as UTF-16-safe text: lone surrogates cannot round-trip through JSON either way.
      if (/[\uD800-\uDFFF]/.test(text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ""))) continue;
      const id = `${prefix}-INJ-${i}-${text}`;
      const res = await gql<{
        createPolicies: { policies: { id: string; name: string; description: string }[] };
      }>(
        server.url,
        `mutation ($id: ID!, $text: String!) { createPolicies(input: [{ id: $id, name: $text, description: $text, status: "DRAFT" }]) { policies { id name description } } }`,
        { id, text },
        tokens.editor,
      );
      expect(res.body.errors, `create with ${JSON.stringify(text)}`).toBeUndefined();
      expect(res.body.data?.createPolicies.policies).toEqual([{ id, name: text, description: text }]);
      created.push(id);
      const read = await gql<{ policies: { name: string }[]; details: { node: { name: string } } }>(
        server.url,
        `query ($id: ID!, $text: String!) { policies(where: { id: { eq: $id }, name: { eq: $text } }) { name } details(id: $id) { node { name } } }`,
        { id, text },
        tokens.viewer,
      );
      expect(read.body.errors, `read back ${JSON.stringify(text)}`).toBeUndefined();
      expect(read.body.data?.policies).toEqual([{ name: text }]);
      expect(read.body.data?.details.node.name).toBe(text);
    }
    for (const text of CYPHER_STRINGS) {
      // Inline literals too, and the full-text search, whose own query syntax must not leak either.
      const inline = await gql(
        server.url,
        `{ policies(where: { name: { eq: ${JSON.stringify(text)} } }) { name } }`,
        {},
        tokens.viewer,
      );
      expect(inline.body.errors, `inline ${JSON.stringify(text)}`).toBeUndefined();
      const search = await gql(
        server.url,
        `query ($t: String!) { search(text: $t) { id } }`,
        { t: text },
        tokens.viewer,
      );
      const check = checkResponse(search.status, JSON.stringify(search.body));
      expect(check.problem, `search ${JSON.stringify(text)}`).toBeUndefined();
    }
    expect(created.length).toBeGreaterThan(CYPHER_STRINGS.length);
    expect(await state()).toEqual({ ...before, nodes: before.nodes + created.length, injected: 0 });
  });
});
