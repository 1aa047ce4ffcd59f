/** A data object as the API returns it (GraphQL GraphNode). */
export interface GraphNode {
  id: string;
  type: string;
  name: string;
  status: string | null;
  valueStream: string;
  valueStream30: string;
  lane: number;
  properties: Record<string, unknown>;
}

/** A lineage link (GraphQL GraphEdge), pointing the way impact flows. */
export interface GraphEdge {
  id: string;
  type: string;
  from: string;
  to: string;
  properties?: Record<string, unknown>;
}

/** A node of the drawn graph: a data object, or a group standing for several same-type neighbours. */
export interface ViewNode extends GraphNode {
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
