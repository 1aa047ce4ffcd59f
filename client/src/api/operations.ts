import brokenChains from "./operations/broken-chains.graphql?raw";
import coverage from "./operations/coverage.graphql?raw";
import details from "./operations/details.graphql?raw";
import fragments from "./operations/fragments.graphql?raw";
import impact from "./operations/impact.graphql?raw";
import lineage from "./operations/lineage.graphql?raw";
import overview from "./operations/overview.graphql?raw";
import search from "./operations/search.graphql?raw";
import trace from "./operations/trace.graphql?raw";
import { withFragments } from "./with-fragments.ts";

/** Every GraphQL operation the explorer sends, from operations/*.graphql, each with the fragments it uses. */
export const OPERATIONS = {
  brokenChains: withFragments(brokenChains, fragments),
  coverage: withFragments(coverage, fragments),
  details: withFragments(details, fragments),
  impact: withFragments(impact, fragments),
  lineage: withFragments(lineage, fragments),
  overview: withFragments(overview, fragments),
  search: withFragments(search, fragments),
  trace: withFragments(trace, fragments),
} as const;
