import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uniquePrefix } from "../support/neo4j.ts";
import { longestLoopStall } from "../support/loop-stall.ts";
import { gql, signTestToken, startTestServer } from "../support/server.ts";
import type { TestServer } from "../support/server.ts";
import { checkResponse } from "./check-response.ts";

/**
 * Requests the fuzzer once answered with INTERNAL, replayed by hand: each must now get a precise code.
 */
let server: TestServer;
let viewer: string;
const prefix = uniquePrefix();

beforeAll(async () => {
  server = await startTestServer({ env: { NODE_ENV: "production" } });
  viewer = await signTestToken({ roles: ["viewer"] });
  const editor = await signTestToken({ roles: ["editor"] });
  const seeded = await gql(
    server.url,
    `mutation ($b: ID!, $o: ID!) { createBuilds(input: [{ id: $b, name: "b", status: "NEW" }]) { builds { id } }
       createOffers(input: [{ id: $o, name: "o", status: "ACTIVE", price: 5.5 }]) { offers { id } } }`,
    { b: `${prefix}-B1`, o: `${prefix}-O1` },
    editor,
  );
  expect(seeded.body.errors).toBeUndefined();
});

afterAll(async () => {
  if (server) {
    await server.driver.executeQuery("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p: prefix });
    await server.close();
  }
});

describe("fuzz regressions", () => {
  it.each(["2026-13-45T99:99:99Z", "yesterday", ""])(
    "a DateTime filter of %j is BAD_USER_INPUT naming ISO 8601, not INTERNAL",
    async (value) => {
      const res = await gql(
        server.url,
        `query ($v: DateTime!) { builds(where: { updatedAt: { lt: $v } }) { id } }`,
        { v: value },
        viewer,
      );
      const errors = res.body.errors ?? [];
      expect(errors.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
      expect(errors[0]?.message).toMatch(/ISO 8601|DateTime/);
    },
  );

  it.each([
    `{ offersConnection(where: { price: { gte: 1e+308 } }) { totalCount } }`,
    `{ offersConnection(where: { approversConnection: { none: { node: {  }, OR: [] }, all: {  } } }) { totalCount } }`,
    `{ problemsConnection(sort: [{  }, { name: DESC }]) { totalCount } }`,
    `{ problemsConnection(where: { rootCause: {  } }) { totalCount } }`,
    `{ problemsConnection { aggregate { count { __typename } } } }`,
    `{ problemsConnection { totalCount aggregate { node { __typename } } } }`,
    `{ portfolioBacklogItemsConnection { edges { node { ownersConnection { edges { properties { __typename } } } } } } }`,
    `query { itInitiativesConnection(first: 5, where: {  }) { totalCount: pageInfo { hasNextPage startCursor } } }`,
  ])("answers %s with data or a precise code", async (query) => {
    const res = await gql(server.url, query, {}, viewer);
    expect(checkResponse(res.status, JSON.stringify(res.body)).problem).toBeUndefined();
  });

  it("refuses an alias that is the name of another field of the type, and keeps other aliases", async () => {
    const shadow = await gql(
      server.url,
      `{ itInitiativesConnection(first: 5) { totalCount: pageInfo { hasNextPage } } }`,
      {},
      viewer,
    );
    expect(shadow.body.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
    expect(shadow.body.errors?.[0]?.message).toMatch(/alias "totalCount".*another field/);
    const fine = await gql(
      server.url,
      `{ itInitiativesConnection(first: 5) { total: totalCount totalCount pageInfo { more: hasNextPage } } }`,
      {},
      viewer,
    );
    expect(fine.body.errors).toBeUndefined();
  });

  it("refuses fragments that spread each other twice per level (2^24 expansions) without holding the event loop", async () => {
    // The fuzzer's 1.3 kB document of this shape once held the loop for tens of seconds (one validation rule
    // walked every expansion), so that Node answered other clients' new connections with a bare 408.
    const levels = 25;
    const fragments = Array.from(
      { length: levels },
      (_, i) => `fragment F${i} on Query { __typename ${i + 1 < levels ? `...F${i + 1} ...F${i + 1}` : ""} }`,
    );
    const { result: res, longestStallMs } = await longestLoopStall(() =>
      gql(server.url, `{ ...F0 } ${fragments.join(" ")}`, {}, viewer),
    );
    // Refused by the cost limit, which counts expanded fields up to a bound, after validation.
    expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual(["LIMIT_EXCEEDED"]);
    expect(res.body.errors?.[0]?.message).toMatch(/expands to more than 10000 fields/);
    // The walk that expanded every spread took 15–50 s here; 2 s is far above a garbage-collection pause.
    expect(longestStallMs).toBeLessThan(2000);
  });
});
