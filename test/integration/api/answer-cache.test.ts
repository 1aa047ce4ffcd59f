import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadFixture } from "../traceability/fixture.ts";
import { testDriver, uniquePrefix } from "../support/neo4j.ts";
import { gql, signTestToken, startTestServer } from "../support/server.ts";
import type { GqlResponse, TestServer } from "../support/server.ts";

/**
 * The answer cache (server/graphql/answer-cache.ts): a read asked again at the same estate version is served
 * from memory, and every way the estate can change — a generated mutation, importGraph, a write by a foreign
 * driver — makes the next answer current; callers with other roles never share an answer; errors, mutations
 * and stale whole-estate answers are not kept. (A Neo4j that went away fails a kept read as without a cache:
 * reliability/db-unavailable.test.ts.)
 */
const p = uniquePrefix();
const foreign = testDriver();
let server: TestServer;
let viewer: string;
let auditor: string;
let editor: string;

const TRACE = `query Trace($id: ID!) { trace(id: $id) { found verdict
  paths { length nodes { id status } origin { node { id } approvals { party { id } at } } } } }`;
const LINEAGE = `query Lineage($id: ID!) { lineage(id: $id, direction: DOWNSTREAM, maxDepth: 2) { nodes { id name } } }`;

type Trace = {
  trace: {
    found: boolean;
    verdict: string;
    paths: { nodes: { id: string }[]; origin: { approvals: { party: { id: string } }[] } }[];
  };
};
type Lineage = { lineage: { nodes: { id: string; name: string }[] } };

const cacheOf = (res: GqlResponse<unknown>) => res.headers.get("x-answer-cache");

async function lineageNames(token = viewer) {
  const res = await gql<Lineage>(server.url, LINEAGE, { id: `${p}SA` }, token);
  expect(res.body.errors).toBeUndefined();
  const names = Object.fromEntries((res.body.data?.lineage.nodes ?? []).map((n) => [n.id, n.name]));
  return { names, cache: cacheOf(res) };
}

beforeAll(async () => {
  await loadFixture(foreign, p);
  server = await startTestServer();
  viewer = await signTestToken({ roles: ["viewer"] });
  auditor = await signTestToken({ roles: ["auditor"] });
  editor = await signTestToken({ roles: ["editor"] });
});
afterAll(async () => {
  await foreign.executeQuery("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p });
  await Promise.all([server?.close(), foreign.close()]);
});

describe("answer cache", () => {
  it("serves a read asked again at the same estate version from memory, the same answer", async () => {
    const first = await gql<Trace>(server.url, TRACE, { id: `${p}INC` }, auditor);
    const second = await gql<Trace>(server.url, TRACE, { id: `${p}INC` }, auditor);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data?.trace.verdict).toBe("APPROVED");
    expect([cacheOf(first), cacheOf(second)]).toEqual(["miss", "hit"]);
    expect(second.body).toEqual(first.body);
    // Other variables are another answer.
    const other = await gql<Trace>(server.url, TRACE, { id: `${p}INC-ORPHAN` }, auditor);
    expect(cacheOf(other)).toBe("miss");
    expect(other.body.data?.trace.found).toBe(false);
  });

  it("keeps answers apart by role: a viewer never gets an auditor's answer, nor the reverse", async () => {
    const approvers = (res: GqlResponse<Trace>) =>
      res.body.data?.trace.paths.flatMap((path) => path.origin.approvals.map((a) => a.party.id));
    const asAuditor = await gql<Trace>(server.url, TRACE, { id: `${p}INC` }, auditor);
    expect(cacheOf(asAuditor)).toBe("hit");
    expect(approvers(asAuditor)).toEqual([`${p}ADA`]);
    // The same question by a viewer: computed for a viewer (approvals are for auditors), then kept for viewers.
    const asViewer = await gql<Trace>(server.url, TRACE, { id: `${p}INC` }, viewer);
    expect(asViewer.body.errors).toBeUndefined();
    expect(cacheOf(asViewer)).toBe("miss");
    expect(approvers(asViewer)).toEqual([]);
    const again = await gql<Trace>(server.url, TRACE, { id: `${p}INC` }, viewer);
    expect([cacheOf(again), approvers(again)]).toEqual(["hit", []]);
    expect(approvers(await gql<Trace>(server.url, TRACE, { id: `${p}INC` }, auditor))).toEqual([`${p}ADA`]);
  });

  it("makes the next answer current after a generated mutation, an importGraph and a foreign driver's write", async () => {
    expect((await lineageNames()).cache).toMatch(/miss|hit/);
    expect((await lineageNames()).cache).toBe("hit");

    const renamed = await gql(
      server.url,
      `mutation($id: ID!) { updateItInitiatives(where: { id: { eq: $id } }, update: { name: { set: "by mutation" } }) { info { nodesCreated } } }`,
      { id: `${p}INI` },
      editor,
    );
    expect(renamed.body.errors).toBeUndefined();
    expect(cacheOf(renamed)).toBeNull(); // mutations are never considered
    let now = await lineageNames();
    expect(now).toMatchObject({ cache: "miss", names: { [`${p}INI`]: "by mutation" } });

    const imported = await gql(
      server.url,
      `mutation($doc: JSON!) { importGraph(document: $doc) { nodesWritten } }`,
      {
        doc: {
          nodes: [{ type: "ITInitiative", id: `${p}INI`, name: "by import", status: "COMPLETED" }],
          relationships: [],
        },
      },
      editor,
    );
    expect(imported.body.errors).toBeUndefined();
    now = await lineageNames();
    expect(now).toMatchObject({ cache: "miss", names: { [`${p}INI`]: "by import" } });

    await foreign.executeQuery("MATCH (n {id: $id}) SET n.name = 'by a foreign driver'", { id: `${p}INI` });
    now = await lineageNames();
    expect(now).toMatchObject({ cache: "miss", names: { [`${p}INI`]: "by a foreign driver" } });
    expect((await lineageNames()).cache).toBe("hit");
  });

  it("keeps no answer that carries errors", async () => {
    const unknown = () => gql(server.url, TRACE, { id: `${p}NOPE` }, auditor);
    const [a, b] = [await unknown(), await unknown()];
    expect(a.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect([cacheOf(a), cacheOf(b)]).toEqual(["skip", "skip"]);
  });

  it("does not cache introspection, the HTTP floor `{ __typename }`", async () => {
    const res = await gql(server.url, `{ __typename }`, undefined, viewer);
    expect(res.body.data).toEqual({ __typename: "Query" });
    expect(cacheOf(res)).toBeNull();
  });

  it("is off with ANSWER_CACHE_MB=0", async () => {
    const off = await startTestServer({ env: { ANSWER_CACHE_MB: "0" } });
    try {
      const runs = [
        await gql(off.url, LINEAGE, { id: `${p}SA` }, viewer),
        await gql(off.url, LINEAGE, { id: `${p}SA` }, viewer),
      ];
      expect(runs.map(cacheOf)).toEqual([null, null]);
      expect(runs[1]?.body).toEqual(runs[0]?.body);
    } finally {
      await off.close();
    }
  });
});
