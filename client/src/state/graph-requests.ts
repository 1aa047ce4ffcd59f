import type {
  ImpactQueryVariables,
  LineageQueryVariables,
  TraceQueryVariables,
} from "../api/generated/operations.ts";
import type { ViewState } from "../graph/url-state.ts";

/**
 * The variables of a graph view's first request, in one place: the early load (./prefetch.ts, sent before the
 * client's main script runs) and the view's own load (./load-graph.ts) must send byte for byte the same
 * request, or the early answer is never taken. No imports beyond types, so the early entry stays small.
 */
export type RequestState = Pick<ViewState, "direction" | "depth" | "limit"> & { root: string };

export const impactVariables = (s: RequestState): ImpactQueryVariables => ({ id: s.root, limit: s.limit });

export const traceVariables = (s: RequestState): TraceQueryVariables => ({ id: s.root });

export const lineageVariables = (s: RequestState): LineageQueryVariables => ({
  id: s.root,
  direction: s.direction,
  maxDepth: s.depth,
  limit: s.limit,
});
