import { parse } from "graphql";
import type { GraphQLSchema } from "graphql";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findAccountabilityUse } from "../../../../server/graphql/accountability-use.ts";
import { buildSchema } from "../../../../server/schema/index.ts";

const driver = neo4j.driver("bolt://127.0.0.1:1", neo4j.auth.basic("neo4j", "unused"));
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = (await buildSchema({ driver })).schema;
}, 60_000);
afterAll(() => driver.close());

const uses = (query: string, variables?: Record<string, unknown>) =>
  findAccountabilityUse(schema, parse(query), variables);

describe("findAccountabilityUse", () => {
  it("finds nothing in a lineage-only request", () => {
    expect(uses(`{ incidents(where: { name: { eq: "x" } }) { id raisedByEvents { id } } }`)).toEqual([]);
    expect(uses(`{ trace(id: "INC-1") { paths { origin { owners { id } approvals { at } } } } }`)).toEqual(
      [],
    );
  });

  it.each([
    ["a nested selection", `{ incidents { id owners { name } } }`],
    ["a connection", `{ scopeAgreements { approversConnection { edges { properties { at } } } } }`],
    ["the Party list", `{ parties { id } }`],
    ["the Party connection aggregate", `{ partiesConnection { aggregate { count { nodes } } } }`],
    ["a fragment", `query { incidents { ...F } } fragment F on Incident { assignees { id } }`],
    ["an inline fragment on the interface", `{ dataObjects { ... on Problem { owners { id } } } }`],
    ["deep lineage then Party", `{ events { raisesIncidents { escalatedToProblems { owners { id } } } } }`],
    ["a filter", `{ incidents(where: { owners: { some: { name: { eq: "Ann" } } } }) { id } }`],
    [
      "a connection filter",
      `{ incidents(where: { approversConnection: { some: { edge: { at: { gt: "2020-01-01T00:00:00Z" } } } } }) { id } }`,
    ],
    [
      "a nested filter",
      `{ events(where: { raisesIncidents: { some: { assignees: { none: { id: { eq: "p" } } } } } }) { id } }`,
    ],
  ])("finds %s", (_name, query) => {
    expect(uses(query).length).toBeGreaterThan(0);
  });

  it("finds accountability filters passed in variables", () => {
    const query = `query Q($w: IncidentWhere) { incidents(where: $w) { id } }`;
    expect(uses(query, { w: { name: { eq: "x" } } })).toEqual([]);
    expect(
      uses(query, { w: { OR: [{ name: { eq: "x" } }, { owners: { some: { id: { eq: "p" } } } }] } }),
    ).toEqual(["$w.OR[1].owners"]);
  });
});
