/**
 * Bounds of the traceability fields' arguments: every traversal is bounded in depth and size. Shared by the
 * server (argument validation in arguments.ts) and the client (its depth and "load more" bounds in
 * client/src/state/view-reducer.ts and client/src/graph/url-state.ts). It imports nothing, so the client
 * bundles this object and no other server code: keep it that way.
 */
export const LIMITS = {
  searchLimit: { min: 1, max: 100 },
  lineageDepth: { min: 1, max: 10 },
  lineageLimit: { min: 1, max: 5000 },
  traceDepth: { min: 1, max: 50 },
  impactDepth: { min: 1, max: 25 },
  /** The impact view's depth when none is asked (the client's "why is this here" asks with the same). */
  impactDefaultDepth: 10,
  impactLimit: { min: 1, max: 20000 },
  pathDepth: { min: 1, max: 50 },
  brokenChainsLimit: { min: 1, max: 1000 },
  /** Nodes a lineage or impact sweep visits at most before it reports truncated. */
  scan: 200_000,
  /** Equally short trace paths returned at most. */
  tracePaths: 10,
  /** Depth of the coverage sweep from approved decisions. */
  coverageDepth: 25,
  /** Links and open work items the details panel lists at most. */
  detailsLinks: 500,
} as const;
