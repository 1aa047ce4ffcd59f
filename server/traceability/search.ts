import type { RequestContext } from "../context.ts";
import { LIMITS, dataObjectTypes, range } from "./arguments.ts";
import { toGraphNode } from "./graph-elements.ts";
import type { GraphNode, NodeRow } from "./graph-elements.ts";
import { runNamedQuery } from "./run-query.ts";
import { searchQuery } from "./search-query.ts";

export interface SearchArgs {
  text: string;
  types?: readonly string[] | null;
  limit?: number | null;
}

/** `search`: full-text over id and name, ranked, an exact id first. */
export async function search(ctx: RequestContext, args: SearchArgs): Promise<GraphNode[]> {
  const limit = range("limit", args.limit ?? 20, LIMITS.searchLimit);
  const types = dataObjectTypes("types", args.types);
  const query = searchQuery(args.text);
  if (query === null) return [];
  const rows = await runNamedQuery(ctx, "search", {
    query,
    text: args.text.trim(),
    types,
    limit,
    scan: types ? limit * 20 : limit * 2,
  });
  return rows.map((r) => toGraphNode(r.node as NodeRow));
}
