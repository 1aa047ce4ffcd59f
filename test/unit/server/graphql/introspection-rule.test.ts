import { readFileSync } from "node:fs";
import { buildSchema, getIntrospectionQuery, parse, validate } from "graphql";
import type { ValidationContext } from "graphql";
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

  it("walks each fragment once: spreads that double per level (2^39 copies) are counted without expanding them", () => {
    // Stops the rule after a budget of fragment lookups, so an expanding walk fails here at once instead of
    // holding the process (25 such levels held the server's event loop for tens of seconds).
    let lookups = 0;
    const budgeted = (context: ValidationContext) => {
      const getFragment = context.getFragment.bind(context);
      context.getFragment = (name) => {
        lookups += 1;
        if (lookups > 10_000) throw new Error("more than 10,000 fragment lookups for a 40-fragment document");
        return getFragment(name);
      };
      return singleIntrospectionRule(context);
    };
    const levels = 40;
    const document = (bottom: string) =>
      parse(
        `{ ...F0 } ${Array.from({ length: levels }, (_, i) =>
          i + 1 < levels
            ? `fragment F${i} on Query { __typename ...F${i + 1} ...F${i + 1} }`
            : `fragment F${i} on Query { ${bottom} }`,
        ).join(" ")}`,
      );
    expect(validate(schema, document("__typename"), [budgeted])).toEqual([]);
    expect(lookups).toBeLessThanOrEqual(2 * levels);
    lookups = 0;
    expect(
      validate(schema, document("__schema { queryType { name } }"), [budgeted]).map((e) => e.message),
    ).toEqual([
      `The operation selects introspection (__schema / __type) ${2 ** (levels - 1)} times; select it once per request.`,
    ]);
    expect(lookups).toBeLessThanOrEqual(2 * levels);
  });
});
