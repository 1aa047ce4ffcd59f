import type { TraceResult } from "../graph/trace-export.ts";
import type { GraphEdge, GraphNode } from "../graph/types.ts";
import { graphql } from "./graphql.ts";
import { OPERATIONS } from "./operations.ts";

export interface Subgraph {
  root: GraphNode;
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
  totalNodes: number;
  depths: number[];
}

export interface Impact {
  root: GraphNode;
  byType: { type: string; count: number }[];
  total: number;
  openIncidents: number;
  openProblems: number;
  openRFCs: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
  depths: number[];
  truncated: boolean;
}

export interface Coverage {
  scope: "TYPE" | "VALUE_STREAM" | "TOTAL";
  type: string | null;
  valueStream: string | null;
  total: number;
  traced: number;
  ratio: number;
}

export interface Party {
  id: string;
  name: string;
  kind: string | null;
  email: string | null;
}

export interface NodeDetails {
  node: GraphNode;
  owners: Party[];
  approvals: { party: Party; at: string | null }[];
  assignees: Party[];
  openWork: GraphNode[];
  incoming: GraphEdge[];
  outgoing: GraphEdge[];
  neighbours: GraphNode[];
}

export interface Overview {
  counts: { type: string; count: number }[];
  latestP1Incident: GraphNode | null;
  totalNodes: number;
  totalRelationships: number;
}

export const api = {
  search: (text: string, signal?: AbortSignal) =>
    graphql<{ search: GraphNode[] }>(OPERATIONS.search, { text }, signal).then((d) => d.search),
  lineage: (v: { id: string; direction: string; maxDepth: number; limit: number }, signal?: AbortSignal) =>
    graphql<{ lineage: Subgraph }>(OPERATIONS.lineage, v, signal).then((d) => d.lineage),
  impact: (v: { id: string; limit: number }, signal?: AbortSignal) =>
    graphql<{ impact: Impact }>(OPERATIONS.impact, v, signal).then((d) => d.impact),
  trace: (id: string, signal?: AbortSignal) =>
    graphql<{ trace: TraceResult }>(OPERATIONS.trace, { id }, signal).then((d) => d.trace),
  details: (id: string, signal?: AbortSignal) =>
    graphql<{ details: NodeDetails }>(OPERATIONS.details, { id }, signal).then((d) => d.details),
  coverage: (signal?: AbortSignal) =>
    graphql<{ coverage: Coverage[] }>(OPERATIONS.coverage, {}, signal).then((d) => d.coverage),
  brokenChains: (type: string, signal?: AbortSignal) =>
    graphql<{ brokenChains: GraphNode[] }>(OPERATIONS.brokenChains, { type }, signal).then(
      (d) => d.brokenChains,
    ),
  overview: (signal?: AbortSignal) =>
    graphql<{ overview: Overview }>(OPERATIONS.overview, {}, signal).then((d) => d.overview),
};
