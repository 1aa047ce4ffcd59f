import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { aggregateSelectionRule } from "../../../../server/graphql/aggregate-selection.ts";

const schema = buildSchema(`
  type Query { problemsConnection: ProblemsConnection! owners: OwnersConnection! }
  type OwnersConnection { edges: [OwnerEdge!]! }
  type OwnerEdge { properties: Ownership! }
  type Ownership { since: String }
  type ProblemsConnection { totalCount: Int! aggregate: ProblemAggregate! }
  type ProblemAggregate { count: Count! node: ProblemAggregateNode! }
  type Count { nodes: Int! }
  type ProblemAggregateNode { name: StringAggregate! }
  type StringAggregate { shortest: String }
`);
const errors = (query: string) =>
  validate(schema, parse(query), [aggregateSelectionRule]).map((e) => e.message);

describe("aggregateSelectionRule", () => {
  it("rejects aggregate selections of __typename alone, through fragments too", () => {
    expect(errors(`{ problemsConnection { aggregate { count { __typename } } } }`)).toEqual([
      '"ProblemAggregate.count" selects only __typename; select at least one of its fields (e.g. count { nodes }).',
    ]);
    expect(errors(`{ problemsConnection { aggregate { node { __typename } } } }`)).toHaveLength(1);
    expect(
      errors(`{ problemsConnection { aggregate { ...A } } } fragment A on ProblemAggregate { __typename }`),
    ).toHaveLength(1);
    expect(errors(`{ owners { edges { properties { __typename } } } }`)).toHaveLength(1);
    expect(errors(`{ owners { edges { properties { since __typename } } } }`)).toEqual([]);
  });

  it("accepts real aggregate fields and __typename beside them", () => {
    expect(errors(`{ problemsConnection { aggregate { count { nodes __typename } } } }`)).toEqual([]);
    expect(
      errors(
        `{ problemsConnection { aggregate { ... on ProblemAggregate { node { name { shortest } } } } } }`,
      ),
    ).toEqual([]);
    expect(errors(`{ problemsConnection { totalCount __typename } }`)).toEqual([]);
  });
});
