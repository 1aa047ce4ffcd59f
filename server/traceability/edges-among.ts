import type { RequestContext } from "../context.ts";
import { toGraphEdge } from "./graph-elements.ts";
import type { GraphEdge } from "./graph-elements.ts";
import { LINEAGE_TYPES } from "./lineage-filter.ts";
import { runNamedQuery } from "./run-query.ts";

/** The lineage links whose two ends are both among `ids`. */
export async function edgesAmong(ctx: RequestContext, ids: readonly string[]): Promise<GraphEdge[]> {
  if (ids.length < 2) return [];
  const rows = await runNamedQuery(ctx, "edges-among", { ids, lineageTypes: LINEAGE_TYPES });
  return rows.map(toGraphEdge);
}
