import { AppError } from "../errors/index.ts";
import type { ResolverMap } from "../schema/index.ts";
import { importOptional } from "./optional-module.ts";

/** The custom Query fields of server/schema/traceability.graphql. */
export const TRACEABILITY_FIELDS = [
  "search",
  "lineage",
  "trace",
  "impact",
  "path",
  "coverage",
  "brokenChains",
  "details",
  "overview",
] as const;

/**
 * The traceability resolvers (`traceabilityResolvers` of server/traceability). Fields the module does not
 * provide answer INTERNAL naming the field instead of failing the whole schema.
 */
export async function loadTraceabilityResolvers(): Promise<ResolverMap> {
  const module = await importOptional("../traceability/index.ts", import.meta.url);
  const provided = (module?.traceabilityResolvers ?? {}) as ResolverMap;
  const query = { ...(provided.Query as Record<string, unknown> | undefined) };
  for (const field of TRACEABILITY_FIELDS) {
    query[field] ??= () => {
      throw new AppError("INTERNAL", `The ${field} field is not available in this build of the server.`);
    };
  }
  return { ...provided, Query: query };
}
