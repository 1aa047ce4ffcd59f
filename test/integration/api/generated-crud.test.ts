import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uniquePrefix } from "../support/neo4j.ts";
import { codes, gql, signTestToken, startTestServer } from "../support/server.ts";
import type { TestServer } from "../support/server.ts";

/** The generated API on the real Neo4j: create, read, filter, sort, paginate, aggregate, update, delete. */
let server: TestServer;
let editor: string;
let auditor: string;
const p = uniquePrefix();
const id = (n: string) => `${p}-${n}`;

beforeAll(async () => {
  server = await startTestServer();
  editor = await signTestToken({ roles: ["editor"] });
  auditor = await signTestToken({ roles: ["auditor"] });
  const created = await gql(
    server.url,
    `mutation ($events: [EventCreateInput!]!) { createEvents(input: $events) { events { id } } }`,
    { events: [{ id: id("EVT-1"), name: "disk full", status: "OPEN" }] },
    editor,
  );
  expect(created.body.errors).toBeUndefined();
  const incidents = await gql(
    server.url,
    `mutation ($input: [IncidentCreateInput!]!) { createIncidents(input: $input) { incidents { id createdAt updatedAt } } }`,
    {
      input: ["C", "A", "E", "B", "D"].map((letter, i) => ({
        id: id(`INC-${letter}`),
        name: `Incident ${letter}`,
        status: i % 2 === 0 ? "NEW" : "RESOLVED",
        priority: `P${(i % 4) + 1}`,
        raisedByEvents: { connect: [{ where: { node: { id: { eq: id("EVT-1") } } } }] },
      })),
    },
    editor,
  );
  expect(incidents.body.errors).toBeUndefined();
});

afterAll(async () => {
  await gql(
    server.url,
    `mutation ($p: ID!) { deleteDataObjects: deleteIncidents(where: { id: { startsWith: $p } }) { nodesDeleted } }`,
    { p },
    editor,
  );
  await gql(
    server.url,
    `mutation ($p: ID!) { deleteEvents(where: { id: { startsWith: $p } }) { nodesDeleted } }`,
    { p },
    editor,
  );
  await server?.close();
});

describe("generated CRUD on the real Neo4j", () => {
  it("creates with timestamps and links, stored as [<Type>, DataObject] nodes", async () => {
    const res = await gql<{
      incidents: { id: string; createdAt: string; raisedByEvents: { id: string }[] }[];
    }>(
      server.url,
      `query ($id: ID!) { incidents(where: { id: { eq: $id } }) { id createdAt raisedByEvents { id } } }`,
      { id: id("INC-A") },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.incidents).toHaveLength(1);
    expect(res.body.data?.incidents[0]?.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(res.body.data?.incidents[0]?.raisedByEvents).toEqual([{ id: id("EVT-1") }]);
    const session = server.driver.session();
    try {
      const result = await session.run(
        "MATCH (e:Event {id: $e})-[:RAISES]->(i:Incident:DataObject {id: $i}) RETURN labels(i) AS labels",
        { e: id("EVT-1"), i: id("INC-A") },
      );
      expect(result.records[0]?.get("labels")).toEqual(expect.arrayContaining(["Incident", "DataObject"]));
    } finally {
      await session.close();
    }
  });

  it("filters and sorts", async () => {
    const res = await gql<{ incidents: { id: string }[] }>(
      server.url,
      `query ($p: ID!) { incidents(where: { id: { startsWith: $p }, status: { eq: "NEW" } }, sort: [{ name: DESC }]) { id } }`,
      { p },
    );
    expect(res.body.data?.incidents.map((i) => i.id)).toEqual([id("INC-E"), id("INC-D"), id("INC-C")]);
  });

  it("filters across a relationship", async () => {
    const res = await gql<{ incidents: { id: string }[] }>(
      server.url,
      `query ($p: ID!, $e: ID!) { incidents(where: { id: { startsWith: $p }, raisedByEvents: { some: { id: { eq: $e } } } }) { id } }`,
      { p, e: id("EVT-1") },
    );
    expect(res.body.data?.incidents).toHaveLength(5);
  });

  it("paginates offset-based and cursor-based, with totals and aggregations", async () => {
    const page = await gql<{ incidents: { id: string }[] }>(
      server.url,
      `query ($p: ID!) { incidents(where: { id: { startsWith: $p } }, sort: [{ id: ASC }], limit: 2, offset: 1) { id } }`,
      { p },
    );
    expect(page.body.data?.incidents.map((i) => i.id)).toEqual([id("INC-B"), id("INC-C")]);

    type Conn = {
      incidentsConnection: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { id: string } }[];
        aggregate: { count: { nodes: number }; node: { name: { shortest: string } } };
      };
    };
    const query = `query ($p: ID!, $after: String) {
      incidentsConnection(where: { id: { startsWith: $p } }, sort: [{ id: ASC }], first: 3, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id } }
        aggregate { count { nodes } node { name { shortest } } }
      } }`;
    const first = await gql<Conn>(server.url, query, { p });
    expect(first.body.errors).toBeUndefined();
    const c1 = first.body.data?.incidentsConnection;
    expect(c1?.totalCount).toBe(5);
    expect(c1?.aggregate.count.nodes).toBe(5);
    expect(c1?.aggregate.node.name.shortest).toMatch(/^Incident [A-E]$/);
    expect(c1?.edges.map((e) => e.node.id)).toEqual([id("INC-A"), id("INC-B"), id("INC-C")]);
    expect(c1?.pageInfo.hasNextPage).toBe(true);
    const second = await gql<Conn>(server.url, query, { p, after: c1?.pageInfo.endCursor });
    expect(second.body.data?.incidentsConnection.edges.map((e) => e.node.id)).toEqual([
      id("INC-D"),
      id("INC-E"),
    ]);
    expect(second.body.data?.incidentsConnection.pageInfo.hasNextPage).toBe(false);
  });

  it("queries every data object type through the DataObject interface", async () => {
    const res = await gql<{ dataObjects: { __typename: string; id: string }[] }>(
      server.url,
      `query ($p: ID!) { dataObjects(where: { id: { startsWith: $p } }, sort: [{ id: ASC }]) { __typename id } }`,
      { p },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.dataObjects.map((d) => d.__typename)).toEqual([
      "Event",
      "Incident",
      "Incident",
      "Incident",
      "Incident",
      "Incident",
    ]);
  });

  it("updates (stamping updatedAt), connects and disconnects", async () => {
    const res = await gql<{
      updateIncidents: { incidents: { name: string; updatedAt: string; createdAt: string }[] };
    }>(
      server.url,
      `mutation ($id: ID!) { updateIncidents(where: { id: { eq: $id } }, update: { name: { set: "Renamed" }, raisedByEvents: [{ disconnect: [{ where: { node: { id: { startsWith: "" } } } }] }] }) { incidents { name updatedAt createdAt } } }`,
      { id: id("INC-E") },
      editor,
    );
    expect(res.body.errors).toBeUndefined();
    const incident = res.body.data?.updateIncidents.incidents[0];
    expect(incident?.name).toBe("Renamed");
    expect(new Date(incident?.updatedAt ?? 0).getTime()).toBeGreaterThanOrEqual(
      new Date(incident?.createdAt ?? 0).getTime(),
    );
    const check = await gql<{ incidents: { raisedByEvents: unknown[] }[] }>(
      server.url,
      `query ($id: ID!) { incidents(where: { id: { eq: $id } }) { raisedByEvents { id } } }`,
      { id: id("INC-E") },
    );
    expect(check.body.data?.incidents[0]?.raisedByEvents).toEqual([]);
  });

  it("refuses a duplicate id with VALIDATION_FAILED and writes nothing", async () => {
    const res = await gql(
      server.url,
      `mutation ($id: ID!) { createProblems(input: [{ id: $id, name: "dup", status: "NEW" }]) { problems { id } } }`,
      { id: id("INC-A") },
      editor,
    );
    expect(codes(res)).toEqual(["VALIDATION_FAILED"]);
    const count = await gql<{ problemsConnection: { totalCount: number } }>(
      server.url,
      `query ($id: ID!) { problemsConnection(where: { id: { eq: $id } }) { totalCount } }`,
      { id: id("INC-A") },
    );
    expect(count.body.data?.problemsConnection.totalCount).toBe(0);
  });

  it("maps the IT4IT Subscription type to ServiceSubscription with the Subscription label", async () => {
    const res = await gql(
      server.url,
      `mutation ($id: ID!) { createServiceSubscriptions(input: [{ id: $id, name: "sub", status: "ACTIVE" }]) { serviceSubscriptions { id } } }`,
      { id: id("SUB-1") },
      editor,
    );
    expect(res.body.errors).toBeUndefined();
    const session = server.driver.session();
    try {
      const result = await session.run(
        "MATCH (s:Subscription:DataObject {id: $id}) DETACH DELETE s RETURN count(*) AS n",
        {
          id: id("SUB-1"),
        },
      );
      expect(result.records[0]?.get("n").toNumber()).toBe(1);
    } finally {
      await session.close();
    }
  });

  it("records approvals with their time on the APPROVED link (auditor reads them)", async () => {
    const party = `${p}-PTY-1`;
    const created = await gql(
      server.url,
      `mutation ($party: ID!, $sa: ID!) {
        createParties(input: [{ id: $party, name: "Ann", status: "ACTIVE", kind: "PERSON" }]) { parties { id } }
        createScopeAgreements(input: [{ id: $sa, name: "Go", status: "DECIDED", decision: "APPROVED",
          approvers: { connect: [{ where: { node: { id: { eq: $party } } }, edge: { at: "2025-03-01T10:00:00Z" } }] } }]) { scopeAgreements { id } } }`,
      { party, sa: id("SA-1") },
      editor,
    );
    expect(created.body.errors).toBeUndefined();
    const read = await gql<{
      scopeAgreements: {
        approversConnection: { edges: { properties: { at: string }; node: { name: string } }[] };
      }[];
    }>(
      server.url,
      `query ($sa: ID!) { scopeAgreements(where: { id: { eq: $sa } }) { approversConnection { edges { properties { at } node { name } } } } }`,
      { sa: id("SA-1") },
      auditor,
    );
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data?.scopeAgreements[0]?.approversConnection.edges).toEqual([
      { properties: { at: "2025-03-01T10:00:00.000Z" }, node: { name: "Ann" } },
    ]);
    await gql(
      server.url,
      `mutation ($id: ID!) { deleteParties(where: { id: { eq: $id } }) { nodesDeleted } }`,
      { id: party },
      editor,
    );
    await gql(
      server.url,
      `mutation ($id: ID!) { deleteScopeAgreements(where: { id: { eq: $id } }) { nodesDeleted } }`,
      { id: id("SA-1") },
      editor,
    );
  });

  it("deletes", async () => {
    const res = await gql<{ deleteIncidents: { nodesDeleted: number; relationshipsDeleted: number } }>(
      server.url,
      `mutation ($id: ID!) { deleteIncidents(where: { id: { eq: $id } }) { nodesDeleted relationshipsDeleted } }`,
      { id: id("INC-A") },
      editor,
    );
    expect(res.body.data?.deleteIncidents).toEqual({ nodesDeleted: 1, relationshipsDeleted: 1 });
  });

  it("returns 100 items unless asked for more, and never more than 1000", async () => {
    const session = server.driver.session();
    try {
      await session.run(
        "UNWIND range(1, 1001) AS n CREATE (:Policy:DataObject {id: $p + '-POL-' + n, name: 'p' + n, status: 'ACTIVE'})",
        { p },
      );
      const query = `query ($p: ID!, $limit: Int) { policies(where: { id: { startsWith: $p } }, limit: $limit) { id } }`;
      const byDefault = await gql<{ policies: unknown[] }>(server.url, query, { p });
      expect(byDefault.body.data?.policies).toHaveLength(100);
      const capped = await gql<{ policies: unknown[] }>(server.url, query, { p, limit: 5000 });
      expect(capped.body.data?.policies).toHaveLength(1000);
    } finally {
      await session.run("MATCH (n:Policy) WHERE n.id STARTS WITH $p DETACH DELETE n", { p });
      await session.close();
    }
  });
});
