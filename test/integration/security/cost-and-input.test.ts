import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codes, gql } from "../support/server.ts";
import { startTestServer } from "../support/server.ts";
import type { TestServer } from "../support/server.ts";
import { OVERSIZED_IDS, oversizedBody, spawnOversizedBurst } from "../../support/oversized-burst.ts";

/**
 * Cost by variables and oversized input: page sizes passed as variables are costed like literals, `limit`
 * counts as much as `first`, introspection is one copy per request, and oversized lists and strings are
 * refused before GraphQL works on them (the event loop stays free for everyone else).
 */
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const OVER_COST_LITERAL = `{ policiesConnection(first: 1000) { edges { node { id name
  governsScopeAgreementsConnection(first: 1000) { edges { node { id name status } } } } } } }`;
const OVER_COST_VARIABLE = `query ($n: Int, $m: Int) { policiesConnection(first: $n) { edges { node { id name
  governsScopeAgreementsConnection(first: $m) { edges { node { id name status } } } } } } }`;

describe("the cost limit evaluates variables", () => {
  it("refuses the variable form of an over-cost query exactly like the literal form", async () => {
    const literal = await gql(server.url, OVER_COST_LITERAL);
    const variable = await gql(server.url, OVER_COST_VARIABLE, { n: 1000, m: 1000 });
    expect(codes(literal)).toEqual(["LIMIT_EXCEEDED"]);
    expect(variable.status).toBe(literal.status);
    expect(variable.body).toEqual(literal.body);
    expect(literal.body.errors?.[0]?.message).toMatch(/^Query Cost limit of 20000 exceeded, found \d+/);
    const small = await gql(server.url, OVER_COST_VARIABLE, { n: 2, m: 2 });
    expect(small.body.errors).toBeUndefined();
    // The cost is worked out once per document and variables (server/graphql/document-memo.ts): asked again
    // after the small form, the large form is still refused and the small one still answered.
    expect(codes(await gql(server.url, OVER_COST_VARIABLE, { n: 1000, m: 1000 }))).toEqual([
      "LIMIT_EXCEEDED",
    ]);
    expect((await gql(server.url, OVER_COST_VARIABLE, { n: 2, m: 2 })).body.errors).toBeUndefined();
  });

  it("counts limit, nested, literal or variable", async () => {
    const nested = `query ($l: Int) { policies(limit: $l) { governsScopeAgreements(limit: $l) {
      authorizesITInitiatives(limit: $l) { id } } } }`;
    expect(codes(await gql(server.url, nested, { l: 1_000_000 }))).toEqual(["LIMIT_EXCEEDED"]);
    const literal = nested.replace("query ($l: Int) ", "").replaceAll("$l", "1000000");
    expect(codes(await gql(server.url, literal))).toEqual(["LIMIT_EXCEEDED"]);
  });

  it("refuses aliased introspection (more than one __schema / __type)", async () => {
    const copy = `__schema { types { name fields { name type { name ofType { name } } } } }`;
    const aliased = `{ ${Array.from({ length: 10 }, (_, i) => `a${i}: ${copy}`).join(" ")} }`;
    const res = await gql(server.url, aliased);
    expect(codes(res)).toEqual(["LIMIT_EXCEEDED"]);
    expect(res.body.errors?.[0]?.message).toMatch(/introspection \(__schema \/ __type\) 10 times/);
    const mixed = await gql(
      server.url,
      `{ __schema { queryType { name } } t: __type(name: "Incident") { name } }`,
    );
    expect(codes(mixed)).toEqual(["LIMIT_EXCEEDED"]);
    expect((await gql(server.url, `{ ${copy} }`)).body.errors).toBeUndefined();
  });
});

describe("oversized input", () => {
  it("refuses 150,000 ids in a variable with BAD_USER_INPUT while the body is still arriving", async () => {
    // Refused on the scan of its first chunk: the count in the message is what had arrived (not 150,000),
    // and the answer closes the connection because the rest of the body was never read into memory.
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: oversizedBody(),
    });
    const json = (await res.json()) as GraphQLRefusal;
    expect(res.status).toBe(400);
    expect(json.errors[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect(json.errors[0]?.extensions.details?.reason).toBe("LIST_TOO_LONG");
    expect(scannedCount(json)).toBeLessThan(OVERSIZED_IDS);
    expect(res.headers.get("connection")).toBe("close");
  });

  it("answers /healthz throughout a burst of such requests, each refused before its body is read", async () => {
    // The burst comes from another process, so that only the server's work shares this event loop. How fast
    // /healthz stays meanwhile is a figure of `npm run bench -- burst`, not a timed assertion here.
    await (await fetch(`${server.url}/healthz`)).text();
    const burst = spawnOversizedBurst({ url: server.url, count: 40 });
    const statuses: number[] = [];
    const latencies: number[] = [];
    const until = performance.now() + 60_000;
    while (!burst.done() && performance.now() < until) {
      const started = performance.now();
      const res = await fetch(`${server.url}/healthz`);
      await res.text();
      statuses.push(res.status);
      latencies.push(performance.now() - started);
      await new Promise((r) => setTimeout(r, 5));
    }
    const result = await burst.result;
    expect(result).toEqual({ refused: 40, beforeRead: 40 });
    expect(statuses.length).toBeGreaterThan(10);
    expect(new Set(statuses)).toEqual(new Set([200]));
    console.log(
      `[healthz] ${latencies.length} samples during the burst: p50 ${percentile(latencies, 0.5).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms`,
    );
  });

  it("refuses a search word over 1,000 characters as BAD_USER_INPUT, not INTERNAL", async () => {
    const res = await gql(server.url, `query ($t: String!) { search(text: $t) { id } }`, {
      t: "a".repeat(1001),
    });
    expect(codes(res)).toEqual(["BAD_USER_INPUT"]);
    const literal = await gql(server.url, `{ search(text: "${"b".repeat(5000)}") { id } }`);
    expect(codes(literal)).toEqual(["BAD_USER_INPUT"]);
    const longest = await gql(server.url, `query ($t: String!) { search(text: $t) { id } }`, {
      t: "c".repeat(1000),
    });
    expect(codes(longest)).not.toContain("INTERNAL");
  });

  it("refuses long filter strings in variables (contains, endsWith) as BAD_USER_INPUT", async () => {
    const res = await gql(server.url, `query ($w: IncidentWhere) { incidents(where: $w) { id } }`, {
      w: { name: { contains: "x".repeat(1_000_000) }, description: { endsWith: "y".repeat(300_000) } },
    });
    expect(codes(res)).toEqual(["BAD_USER_INPUT"]);
  });
});

interface GraphQLRefusal {
  errors: { message: string; extensions: { code: string; details?: { reason?: string } } }[];
}

/** The item count a LIST_TOO_LONG message reports ("Variable $l has 1001 items; …"). */
function scannedCount(json: GraphQLRefusal): number {
  return Number(/has (\d+) items/.exec(json.errors[0]?.message ?? "")?.[1] ?? NaN);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Infinity;
}
