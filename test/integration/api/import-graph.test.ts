import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uniquePrefix } from "../support/neo4j.ts";
import { codes, gql, signTestToken, startTestServer } from "../support/server.ts";
import type { TestServer } from "../support/server.ts";

/** importGraph over HTTP: editors import a whole document or nothing at all; problems come back located. */
let server: TestServer;
let editor: string;
const p = uniquePrefix();
const IMPORT = `mutation ($d: JSON!) { importGraph(document: $d) { ok nodesWritten relationshipsWritten problems { location field code message } } }`;

beforeAll(async () => {
  server = await startTestServer();
  editor = await signTestToken({ roles: ["editor"] });
});

afterAll(async () => {
  const session = server.driver.session();
  await session
    .run("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p })
    .finally(() => session.close());
  await server?.close();
});

const count = async () => {
  const r = await server.driver.executeQuery("MATCH (n) WHERE n.id STARTS WITH $p RETURN count(n) AS n", {
    p,
  });
  return Number(r.records[0]?.get("n"));
};

describe("importGraph", () => {
  it("writes a valid document and answers with what it wrote", async () => {
    const document = {
      nodes: [
        { type: "Event", id: `${p}-EVT`, name: "CPU high", status: "OPEN" },
        {
          type: "Incident",
          id: `${p}-INC`,
          name: "Slow checkout",
          status: "NEW",
          properties: { priority: "P2" },
        },
      ],
      relationships: [{ type: "RAISES", from: `${p}-EVT`, to: `${p}-INC` }],
    };
    const res = await gql<{ importGraph: unknown }>(server.url, IMPORT, { d: document }, editor);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.importGraph).toEqual({
      ok: true,
      nodesWritten: 2,
      relationshipsWritten: 1,
      problems: [],
    });
    const read = await gql<{ incidents: { raisedByEvents: { id: string }[] }[] }>(
      server.url,
      `query ($id: ID!) { incidents(where: { id: { eq: $id } }) { raisedByEvents { id } } }`,
      { id: `${p}-INC` },
    );
    expect(read.body.data?.incidents[0]?.raisedByEvents).toEqual([{ id: `${p}-EVT` }]);
  });

  it("writes nothing from a document with any problem and locates every problem", async () => {
    const before = await count();
    const document = {
      nodes: [
        { type: "Incident", id: `${p}-INC-2`, name: "ok", status: "NEW" },
        { type: "Unicorn", id: `${p}-U`, name: "bad", status: "NEW" },
      ],
      relationships: [{ type: "RAISES", from: `${p}-INC-2`, to: `${p}-EVT` }],
    };
    const res = await gql<{
      importGraph: { ok: boolean; nodesWritten: number; problems: { location: string }[] };
    }>(server.url, IMPORT, { d: document }, editor);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.importGraph.ok).toBe(false);
    expect(res.body.data?.importGraph.nodesWritten).toBe(0);
    const locations = res.body.data?.importGraph.problems.map((x) => x.location) ?? [];
    expect(locations).toEqual(
      expect.arrayContaining(["/nodes/1", "/relationships/0"].map((l) => expect.stringContaining(l))),
    );
    expect(await count()).toBe(before);
  });

  it("is refused to viewers", async () => {
    const res = await gql(server.url, IMPORT, { d: { nodes: [], relationships: [] } });
    expect(codes(res)).toEqual(["FORBIDDEN"]);
  });
});
