import { readFileSync } from "node:fs";
import { buildSchema, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { withFragments } from "../../../../client/src/api/with-fragments.ts";
import { readServerConfig } from "../../../../server/config.ts";
import { estimateCost } from "../../../../server/graphql/estimate-cost.ts";
import { AUGMENTED_SNAPSHOT_PATH } from "../../../../server/schema/index.ts";

const schema = buildSchema(readFileSync(AUGMENTED_SNAPSHOT_PATH, "utf8"));
const cost = (query: string, variables?: Record<string, unknown>) =>
  estimateCost({ schema, document: parse(query), ...(variables ? { variables } : {}) });

const NESTED_LITERAL = `{ policiesConnection(first: 1000) { edges { node { id
  governsScopeAgreementsConnection(first: 1000) { edges { node { id name } } } } } } }`;
const NESTED_VARIABLE = `query ($n: Int, $m: Int) { policiesConnection(first: $n) { edges { node { id
  governsScopeAgreementsConnection(first: $m) { edges { node { id name } } } } } } }`;

describe("estimateCost", () => {
  it("counts page sizes given as variables exactly like literals", () => {
    const literal = cost(NESTED_LITERAL);
    expect(literal).toBeGreaterThan(1_000_000);
    expect(cost(NESTED_VARIABLE, { n: 1000, m: 1000 })).toBe(literal);
    expect(cost(NESTED_VARIABLE, { n: 1, m: 1 })).toBeLessThan(100);
  });

  it("counts limit on lists, nested too, and the rows an offset skips", () => {
    const one = cost(`{ policies(limit: 1) { id } }`);
    expect(cost(`{ policies(limit: 1000) { id } }`)).toBe(one * 1000);
    expect(cost(`query ($l: Int) { policies(limit: $l) { id } }`, { l: 1000 })).toBe(one * 1000);
    const nested = `query ($l: Int) { policies(limit: $l) { governsScopeAgreements(limit: $l) {
      authorizesITInitiatives(limit: $l) { id } } } }`;
    expect(cost(nested, { l: 1_000_000 })).toBeGreaterThan(1e15);
    expect(cost(`{ policies(limit: 1, offset: 100000) { id } }`)).toBe(one + 100_000);
  });

  it("takes variable defaults and @skip / @include into account", () => {
    const withDefault = `query ($n: Int = 1000) { policies(limit: $n) { id } }`;
    expect(cost(withDefault)).toBe(cost(`{ policies(limit: 1000) { id } }`));
    const skipped = `query ($s: Boolean!) { policies(limit: 1000) @skip(if: $s) { id } }`;
    expect(cost(skipped, { s: true })).toBe(0);
    expect(cost(skipped, { s: false })).toBe(cost(`{ policies(limit: 1000) { id } }`));
  });

  it("costs introspection like any other selection", () => {
    expect(cost(`{ __schema { types { name fields { name args { name } } } } }`)).toBeGreaterThan(10);
  });

  it("keeps every client operation under the default MAX_COST, at its largest page sizes", () => {
    const dir = new URL("../../../../client/src/api/operations/", import.meta.url);
    const fragments = readFileSync(new URL("fragments.graphql", dir), "utf8");
    const variables: Record<string, Record<string, unknown>> = {
      lineage: { id: "X", direction: "BOTH", maxDepth: 10, limit: 5000 },
      impact: { id: "X", maxDepth: 10, limit: 5000 },
      search: { text: "x" },
      "broken-chains": { type: "Incident" },
      trace: { id: "X", toType: "ScopeAgreement" },
      details: { id: "X" },
      coverage: {},
      overview: {},
    };
    const { maxCost } = readServerConfig({}).limits;
    for (const [name, vars] of Object.entries(variables)) {
      const document = parse(withFragments(readFileSync(new URL(`${name}.graphql`, dir), "utf8"), fragments));
      expect({ name, cost: estimateCost({ schema, document, variables: vars }) <= maxCost }).toEqual({
        name,
        cost: true,
      });
    }
  });
});
