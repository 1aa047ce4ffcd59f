import type { ResolverMap } from "../schema/index.ts";
import { traceabilityResolvers } from "../traceability/index.ts";

/** The custom Query fields of server/schema/traceability.graphql (search, lineage, trace, impact, ...). */
export function loadTraceabilityResolvers(): ResolverMap {
  return traceabilityResolvers;
}
