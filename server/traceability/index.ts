/**
 * The custom traceability fields of server/schema/traceability.graphql (lineage, trace, impact, path,
 * search, coverage, broken chains, details, overview). Each resolver validates its arguments, runs named
 * Cypher from cypher/queries/ and maps the rows to plain GraphQL objects.
 */
import type { RequestContext } from "../context.ts";
import type { GraphQLResolveInfo } from "graphql";
import { brokenChains, brokenChainsPage, coverage, coverageReport } from "./coverage.ts";
import type { BrokenChainsArgs, BrokenChainsPageArgs } from "./coverage.ts";
import { details } from "./details.ts";
import { impact } from "./impact.ts";
import type { ImpactArgs } from "./impact.ts";
import { lineage } from "./lineage.ts";
import type { LineageArgs } from "./lineage.ts";
import { overview } from "./overview.ts";
import { path } from "./path.ts";
import type { PathArgs } from "./path.ts";
import { search } from "./search.ts";
import type { SearchArgs } from "./search.ts";
import { selectsField } from "./selection.ts";
import { trace } from "./trace.ts";
import { whyHere } from "./why-here.ts";
import type { WhyHereArgs } from "./why-here.ts";
import type { TraceArgs } from "./trace.ts";

export {
  brokenChains,
  brokenChainsPage,
  coverage,
  coverageReport,
  details,
  impact,
  lineage,
  overview,
  path,
  search,
  trace,
  whyHere,
};
export { coverageSweep } from "./coverage.ts";
export { warmEstateSnapshots } from "./warm-up.ts";
export { EstateSnapshots, estateSnapshots, snapshotComputations, snapshotsFor } from "./estate-snapshot.ts";
export type { SnapshotInfo } from "./estate-snapshot.ts";
export { linkRoleOf } from "./graph-elements.ts";
export type { LinkRole } from "./graph-elements.ts";
export {
  LINEAGE_EXCLUDED_LABEL,
  LINEAGE_LABEL_FILTER,
  lineageRelationshipFilter,
  provenanceRelationshipFilter,
} from "./lineage-filter.ts";
export type { TraversalDirection } from "./lineage-filter.ts";
export {
  COVERAGE_PROCEDURE,
  LINEAGE_PROCEDURE,
  PROVENANCE_PROCEDURE,
  coverageQueryName,
  hasProcedure,
  impactQueryName,
  lineageQueryName,
  traceQueryName,
} from "./compiled-walks.ts";
export type {
  CoverageQueryName,
  ImpactQueryName,
  LineageQueryName,
  TraceQueryName,
} from "./compiled-walks.ts";
export { readLineageRow } from "./lineage-row.ts";
export type { LineageRow } from "./lineage-row.ts";
export type { QueryContext } from "./run-query.ts";
export { LIMITS } from "./limits.ts";
export { toNumber, toParams, toPlain } from "./neo4j-values.ts";
export { openWorkParams } from "./open-statuses.ts";
export { readTrace, toCone } from "./provenance-cone.ts";
export { searchQuery } from "./search-query.ts";
export type { ChainBreak, Trace, TracePath, TraceVerdict } from "./trace.ts";
export { coverageRows } from "./coverage-rows.ts";
export type { Coverage } from "./coverage-rows.ts";
export { toGraphEdge, toGraphNode, toPartyRef, typeOfLabels } from "./graph-elements.ts";
export type { GraphEdge, GraphNode, PartyRef } from "./graph-elements.ts";
export { runNamedQuery } from "./run-query.ts";

type Resolver<A> = (
  parent: unknown,
  args: A,
  ctx: RequestContext,
  info?: GraphQLResolveInfo,
) => Promise<unknown>;

/** Query resolvers for the traceability fields, keyed by field name. */
export const traceabilityResolvers: { Query: Record<string, Resolver<never>> } = {
  Query: {
    search: ((_p, a: SearchArgs, c) => search(c, a)) as Resolver<never>,
    lineage: ((_p, a: LineageArgs, c, info) =>
      lineage(c, {
        ...a,
        withProperties: selectsField(info, "properties"),
        withOpenWork: selectsField(info, "openWork"),
      })) as Resolver<never>,
    trace: ((_p, a: TraceArgs, c) => trace(c, a)) as Resolver<never>,
    impact: ((_p, a: ImpactArgs, c, info) =>
      impact(c, {
        ...a,
        withProperties: selectsField(info, "properties"),
        withOpenWork: selectsField(info, "openWork"),
      })) as Resolver<never>,
    path: ((_p, a: PathArgs, c) => path(c, a)) as Resolver<never>,
    whyHere: ((_p, a: WhyHereArgs, c) => whyHere(c, a)) as Resolver<never>,
    coverage: ((_p, _a, c) => coverage(c)) as Resolver<never>,
    coverageReport: ((_p, _a, c) => coverageReport(c)) as Resolver<never>,
    brokenChains: ((_p, a: BrokenChainsArgs, c) => brokenChains(c, a)) as Resolver<never>,
    brokenChainsPage: ((_p, a: BrokenChainsPageArgs, c) => brokenChainsPage(c, a)) as Resolver<never>,
    details: ((_p, a: { id: string }, c) => details(c, a)) as Resolver<never>,
    overview: ((_p, _a, c) => overview(c)) as Resolver<never>,
  },
};
