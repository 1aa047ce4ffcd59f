import { execute, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSchema } from "../../../server/schema/index.ts";
import { uniquePrefix } from "../support/neo4j.ts";
import { codes, gql, signTestToken, startTestServer } from "../support/server.ts";
import type { TestServer } from "../support/server.ts";

/**
 * Who may do what, end to end over HTTP: viewers read lineage but never accountability (nested, connection,
 * aggregate, filter, variables), auditors read accountability, only editors and admins write, and in
 * production every request needs a valid token.
 */
let local: TestServer;
let production: TestServer;
const p = uniquePrefix();
const tokens: Record<string, string> = {};

beforeAll(async () => {
  local = await startTestServer();
  production = await startTestServer({ env: { NODE_ENV: "production" } });
  for (const role of ["viewer", "auditor", "editor", "admin"])
    tokens[role] = await signTestToken({ roles: [role] });
  tokens.none = await signTestToken({ roles: [] });
  const seeded = await gql(
    local.url,
    `mutation ($inc: ID!, $party: ID!) {
      createParties(input: [{ id: $party, name: "Ops team", status: "ACTIVE", kind: "TEAM" }]) { parties { id } }
      createIncidents(input: [{ id: $inc, name: "Outage", status: "NEW",
        owners: { connect: [{ where: { node: { id: { eq: $party } } } }] } }]) { incidents { id } } }`,
    { inc: `${p}-INC`, party: `${p}-INC-PTY` },
    tokens.editor,
  );
  expect(seeded.body.errors).toBeUndefined();
});

afterAll(async () => {
  const session = local.driver.session();
  await session
    .run("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p })
    .finally(() => session.close());
  await Promise.all([local?.close(), production?.close()]);
});

const READ = `query ($id: ID!) { incidents(where: { id: { eq: $id } }) { id name } }`;
const ACCOUNTABILITY: Record<string, string> = {
  nested: `query ($id: ID!) { incidents(where: { id: { eq: $id } }) { id owners { name } } }`,
  connection: `query ($id: ID!) { incidents(where: { id: { eq: $id } }) { ownersConnection { totalCount edges { node { id } } } } }`,
  aggregate: `query ($id: ID!) { partiesConnection(where: { id: { startsWith: $id } }) { aggregate { count { nodes } } } }`,
  list: `query ($id: ID!) { parties(where: { id: { startsWith: $id } }) { id } }`,
  filter: `query ($id: ID!) { incidents(where: { id: { eq: $id }, owners: { some: { name: { eq: "Ops team" } } } }) { id } }`,
  fragment: `query ($id: ID!) { dataObjects(where: { id: { eq: $id } }) { ... on Incident { ...O } } } fragment O on Incident { owners { email } }`,
};
const MUTATION = `mutation ($id: ID!) { createPolicies(input: [{ id: $id, name: "p", status: "DRAFT" }]) { policies { id } } }`;

describe("local mode (no NODE_ENV=production)", () => {
  it("lets an anonymous caller read as a viewer", async () => {
    const res = await gql<{ incidents: unknown[] }>(local.url, READ, { id: `${p}-INC` });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.incidents).toEqual([{ id: `${p}-INC`, name: "Outage" }]);
  });

  it("refuses mutations to anonymous callers and viewers with FORBIDDEN, writing nothing", async () => {
    for (const token of [undefined, tokens.viewer, tokens.auditor]) {
      const res = await gql(local.url, MUTATION, { id: `${p}-POL-V` }, token);
      expect(codes(res)).toEqual(["FORBIDDEN"]);
      expect(res.status).toBe(403);
    }
    const check = await gql<{ policies: unknown[] }>(
      local.url,
      `query ($id: ID!) { policies(where: { id: { eq: $id } }) { id } }`,
      {
        id: `${p}-POL-V`,
      },
    );
    expect(check.body.data?.policies).toEqual([]);
  });

  it("lets editors and admins write", async () => {
    for (const [i, role] of ["editor", "admin"].entries()) {
      const res = await gql(local.url, MUTATION, { id: `${p}-POL-${i}` }, tokens[role]);
      expect(res.body.errors).toBeUndefined();
    }
  });

  it("refuses importGraph to viewers and auditors", async () => {
    for (const token of [undefined, tokens.auditor]) {
      const res = await gql(
        local.url,
        `mutation { importGraph(document: { nodes: [], relationships: [] }) { ok } }`,
        {},
        token,
      );
      expect(codes(res)).toEqual(["FORBIDDEN"]);
    }
  });

  it.each(Object.keys(ACCOUNTABILITY))(
    "hides accountability (%s) from viewers with FORBIDDEN",
    async (name) => {
      for (const token of [undefined, tokens.viewer]) {
        const res = await gql(local.url, ACCOUNTABILITY[name] as string, { id: `${p}-INC` }, token);
        expect(codes(res)).toEqual(["FORBIDDEN"]);
        expect(res.body.data ?? null).toBeNull();
        expect(JSON.stringify(res.body)).not.toContain("Ops team");
      }
    },
  );

  it("hides accountability filters passed in variables", async () => {
    const res = await gql(
      local.url,
      `query ($w: IncidentWhere) { incidents(where: $w) { id } }`,
      { w: { id: { eq: `${p}-INC` }, owners: { some: { name: { eq: "Ops team" } } } } },
      tokens.viewer,
    );
    expect(codes(res)).toEqual(["FORBIDDEN"]);
    // What a document uses is worked out once per document and variables: the same document with plain
    // variables is answered, and with the accountability filter again it is refused again.
    const byVariables = (w: Record<string, unknown>) =>
      gql(local.url, `query ($w: IncidentWhere) { incidents(where: $w) { id } }`, { w }, tokens.viewer);
    expect((await byVariables({ id: { eq: `${p}-INC` } })).body.errors).toBeUndefined();
    const again = await byVariables({
      id: { eq: `${p}-INC` },
      owners: { some: { name: { eq: "Ops team" } } },
    });
    expect(codes(again)).toEqual(["FORBIDDEN"]);
  });

  it.each(["auditor", "editor", "admin"])("shows accountability to %s", async (role) => {
    const res = await gql<{ incidents: { owners: { name: string }[] }[] }>(
      local.url,
      ACCOUNTABILITY.nested as string,
      { id: `${p}-INC` },
      tokens[role],
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.incidents[0]?.owners).toEqual([{ name: "Ops team" }]);
  });

  it("gives viewers the traceability fields without accountability (details, trace)", async () => {
    const details = `query ($id: ID!) { details(id: $id) { node { id } owners { name } approvals { at } assignees { id } } }`;
    const asViewer = await gql<{ details: { owners: unknown[] } }>(
      local.url,
      details,
      { id: `${p}-INC` },
      tokens.viewer,
    );
    expect(asViewer.body.errors).toBeUndefined();
    expect(asViewer.body.data?.details).toEqual({
      node: { id: `${p}-INC` },
      owners: [],
      approvals: [],
      assignees: [],
    });
    expect(JSON.stringify(asViewer.body)).not.toContain("Ops team");
    const asAuditor = await gql<{ details: { owners: unknown[] } }>(
      local.url,
      details,
      { id: `${p}-INC` },
      tokens.auditor,
    );
    expect(asAuditor.body.data?.details.owners).toEqual([{ name: "Ops team" }]);
  });

  it("refuses a token with no known role", async () => {
    const res = await gql(local.url, READ, { id: `${p}-INC` }, tokens.none);
    expect(codes(res)).toEqual(["FORBIDDEN"]);
  });
});

describe("production mode", () => {
  it("refuses anonymous requests with 401 UNAUTHENTICATED", async () => {
    const res = await gql(production.url, READ, { id: `${p}-INC` });
    expect(res.status).toBe(401);
    expect(codes(res)).toEqual(["UNAUTHENTICATED"]);
  });

  it.each([
    ["expired", () => signTestToken({ roles: ["admin"], expiresIn: -60 }), "EXPIRED"],
    [
      "bad signature",
      () => signTestToken({ roles: ["admin"], secret: "another-secret-another-secret-0123456789" }),
      "BAD_SIGNATURE",
    ],
    ["wrong audience", () => signTestToken({ roles: ["admin"], audience: "someone-else" }), "BAD_CLAIM_AUD"],
    ["wrong issuer", () => signTestToken({ roles: ["admin"], issuer: "someone-else" }), "BAD_CLAIM_ISS"],
  ])("refuses a token that is %s with 401 UNAUTHENTICATED", async (_name, make, reason) => {
    const res = await gql(production.url, READ, { id: `${p}-INC` }, await make());
    expect(res.status).toBe(401);
    expect(codes(res)).toEqual(["UNAUTHENTICATED"]);
    expect(res.body.errors?.[0]?.extensions?.details).toEqual({ reason });
  });

  it("applies the same role matrix with valid tokens", async () => {
    expect((await gql(production.url, READ, { id: `${p}-INC` }, tokens.viewer)).body.errors).toBeUndefined();
    expect(
      codes(await gql(production.url, ACCOUNTABILITY.nested as string, { id: `${p}-INC` }, tokens.viewer)),
    ).toEqual(["FORBIDDEN"]);
    expect(
      (await gql(production.url, ACCOUNTABILITY.nested as string, { id: `${p}-INC` }, tokens.auditor)).body
        .errors,
    ).toBeUndefined();
    expect(codes(await gql(production.url, MUTATION, { id: `${p}-POL-P` }, tokens.viewer))).toEqual([
      "FORBIDDEN",
    ]);
    expect(
      (await gql(production.url, MUTATION, { id: `${p}-POL-P` }, tokens.admin)).body.errors,
    ).toBeUndefined();
  });

  it("has introspection off unless GRAPHQL_INTROSPECTION=true", async () => {
    const query = `{ __schema { queryType { name } } }`;
    expect(codes(await gql(production.url, query, {}, tokens.viewer))).toEqual(["BAD_USER_INPUT"]);
    const open = await startTestServer({ env: { NODE_ENV: "production", GRAPHQL_INTROSPECTION: "true" } });
    try {
      const res = await gql(open.url, query, {}, tokens.viewer);
      expect(res.body.data).toEqual({ __schema: { queryType: { name: "Query" } } });
    } finally {
      await open.close();
    }
    expect((await gql(local.url, query)).body.data).toEqual({ __schema: { queryType: { name: "Query" } } });
  });
});

describe("the schema's own @authorization on Party (second line of defence)", () => {
  it("refuses Party to a viewer JWT even without the HTTP layer's guard", async () => {
    const { schema } = await buildSchema({ driver: local.driver });
    const run = (roles: string[]) =>
      execute({
        schema,
        document: parse(`{ parties(where: { id: { startsWith: "${p}" } }) { id } }`),
        contextValue: { jwt: { roles }, executionContext: local.driver },
      });
    const asViewer = await run(["viewer"]);
    expect(asViewer.errors?.[0]?.message).toBe("Forbidden");
    const asAuditor = await run(["auditor"]);
    expect(asAuditor.errors).toBeUndefined();
    expect(asAuditor.data?.parties).toEqual([{ id: `${p}-INC-PTY` }]);
  });
});
