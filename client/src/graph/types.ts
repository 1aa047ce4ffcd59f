// The response shapes come from the server's schema through GraphQL Code Generator (codegen.ts →
// ../api/generated/operations.ts); these are names for them, never re-declarations. Type-only imports, so
// graph/ stays pure (no I/O, no documents bundled from here).
import type {
  CoverageQuery,
  DetailsQuery,
  Direction as GraphQLDirection,
  EdgeFieldsFragment,
  ImpactQuery,
  LineageQuery,
  NodeFieldsFragment,
  OverviewQuery,
  PartyFieldsFragment,
  TraceQuery,
  WhyHereQuery,
} from "../api/generated/operations.ts";

/** Which way a lineage goes (GraphQL enum Direction): upstream, downstream or both. */
export type Direction = GraphQLDirection;
/** A data object as the API returns it (GraphQL GraphNode, fragment NodeFields). */
export type GraphNode = NodeFieldsFragment;
/** A lineage link (GraphQL GraphEdge, fragment EdgeFields), pointing the way impact flows. */
export type GraphEdge = EdgeFieldsFragment;
/** An accountability Party (GraphQL PartyRef, fragment PartyFields). */
export type Party = PartyFieldsFragment;
/** A bounded lineage neighbourhood (Query.lineage). */
export type Subgraph = LineageQuery["lineage"];
/** The blast radius of an object (Query.impact). */
export type Impact = ImpactQuery["impact"];
/** The audit trace of an object back to its portfolio decision (Query.trace). */
export type TraceResult = TraceQuery["trace"];
/** One shortest path of a trace, origin first. */
export type TracePath = TraceResult["paths"][number];
/** Everything the details panel shows (Query.details). */
export type NodeDetails = DetailsQuery["details"];
/** The coverage dashboard (Query.coverageReport). */
export type CoverageReport = CoverageQuery["coverageReport"];
/** One row of the coverage dashboard. */
export type CoverageRow = CoverageReport["rows"][number];
/** Why an object is in a lineage or impact answer: the hop chain from the root (Query.whyHere). */
export type WhyHerePath = NonNullable<WhyHereQuery["whyHere"]>;
/** The landing page's starting point (Query.overview). */
export type Overview = OverviewQuery["overview"];

/** A node of the drawn graph: a data object, or a group standing for several same-type neighbours. */
/** Open work one link away from an object (lineage and impact answers). */
export type OpenWork = NonNullable<LineageQuery["lineage"]["nodes"][number]["openWork"]>;

export interface ViewNode extends GraphNode {
  /** Lineage and impact: open incidents, problems and changes one link away (the badges). */
  openWork?: OpenWork | null;
  /** Hops from the root (0 for the root); undefined when unknown. */
  depth?: number;
  /** For group nodes: the ids they stand for. */
  members?: string[];
}

/** What the canvas draws: nodes and edges, with ids unique. */
export interface ViewGraph {
  nodes: ViewNode[];
  edges: GraphEdge[];
}

export const EMPTY_GRAPH: ViewGraph = { nodes: [], edges: [] };

/** A position on the canvas. */
export interface Point {
  x: number;
  y: number;
}
