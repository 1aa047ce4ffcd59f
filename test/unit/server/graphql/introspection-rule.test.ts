import { readFileSync } from "node:fs";
import { buildSchema, getIntrospectionQuery, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { singleIntrospectionRule } from "../../../../server/graphql/introspection-rule.ts";
import { AUGMENTED_SNAPSHOT_PATH } from "../../../../server/schema/index.ts";

const schema = buildSchema(readFileSync(AUGMENTED_SNAPSHOT_PATH, "utf8"));
const errors = (query: string) =>
  validate(schema, parse(query), [singleIntrospectionRule]).map((e) => e.message);

describe("singleIntrospectionRule", () => {
  it("accepts one introspection selection (the standard introspection query included)", () => {
    expect(errors(getIntrospectionQuery())).toEqual([]);
    expect(errors(`{ __type(name: "Incident") { name } overview { totalNodes } }`)).toEqual([]);
  });

  it.each([
    ["aliases", `{ a: __schema { types { name } } b: __schema { types { name } } }`],
    ["__schema and __type", `{ __schema { queryType { name } } __type(name: "Incident") { name } }`],
    [
      "a fragment spread twice",
      `{ ...S a: __typename ...S } fragment S on Query { __schema { types { name } } }`,
    ],
    [
      "inline fragments",
      `{ ... on Query { __schema { types { name } } } ... on Query { x: __schema { types { name } } } }`,
    ],
  ])("refuses more than one copy through %s", (_name, query) => {
    expect(errors(query)).toEqual([
      expect.stringMatching(/selects introspection \(__schema \/ __type\) 2 times/),
    ]);
  });
});
