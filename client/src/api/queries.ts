import type { TraceResult } from "../graph/trace-export.ts";
import type { GraphEdge, GraphNode } from "../graph/types.ts";
import { graphql } from "./graphql.ts";

const NODE = "id type name status valueStream valueStream30 lane properties";
const EDGE = "id type from to properties";
const PARTY = "id name kind email";

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
    graphql<{ search: GraphNode[] }>(
      `query Search($text: String!) { search(text: $text, limit: 12) { ${NODE} } }`,
      { text },
      signal,
    ).then((d) => d.search),
  lineage: (v: { id: string; direction: string; maxDepth: number; limit: number }, signal?: AbortSignal) =>
    graphql<{ lineage: Subgraph }>(
      `query Lineage($id: ID!, $direction: Direction!, $maxDepth: Int, $limit: Int) {
        lineage(id: $id, direction: $direction, maxDepth: $maxDepth, limit: $limit) {
          root { ${NODE} } nodes { ${NODE} } edges { ${EDGE} } truncated totalNodes depths } }`,
      v,
      signal,
    ).then((d) => d.lineage),
  impact: (v: { id: string; limit: number }, signal?: AbortSignal) =>
    graphql<{ impact: Impact }>(
      `query Impact($id: ID!, $limit: Int) { impact(id: $id, limit: $limit) {
        root { ${NODE} } byType { type count } total openIncidents openProblems openRFCs
        nodes { ${NODE} } edges { ${EDGE} } depths truncated } }`,
      v,
      signal,
    ).then((d) => d.impact),
  trace: (id: string, signal?: AbortSignal) =>
    graphql<{ trace: TraceResult }>(
      `query Trace($id: ID!) { trace(id: $id) { found truncated approved paths { length
        nodes { ${NODE} } edges { ${EDGE} }
        origin { node { ${NODE} } policyIds approvals { party { ${PARTY} } at } owners { ${PARTY} } } } } }`,
      { id },
      signal,
    ).then((d) => d.trace),
  details: (id: string, signal?: AbortSignal) =>
    graphql<{ details: NodeDetails }>(
      `query Details($id: ID!) { details(id: $id) { node { ${NODE} } owners { ${PARTY} }
        approvals { party { ${PARTY} } at } assignees { ${PARTY} } openWork { ${NODE} }
        incoming { ${EDGE} } outgoing { ${EDGE} } neighbours { ${NODE} } } }`,
      { id },
      signal,
    ).then((d) => d.details),
  coverage: (signal?: AbortSignal) =>
    graphql<{ coverage: Coverage[] }>(
      `
        query Coverage {
          coverage {
            scope
            type
            valueStream
            total
            traced
            ratio
          }
        }
      `,
      {},
      signal,
    ).then((d) => d.coverage),
  brokenChains: (type: string, signal?: AbortSignal) =>
    graphql<{ brokenChains: GraphNode[] }>(
      `query Broken($type: String!) { brokenChains(type: $type, limit: 200) { ${NODE} } }`,
      { type },
      signal,
    ).then((d) => d.brokenChains),
  overview: (signal?: AbortSignal) =>
    graphql<{ overview: Overview }>(
      `query Overview { overview { counts { type count } latestP1Incident { ${NODE} } totalNodes totalRelationships } }`,
      {},
      signal,
    ).then((d) => d.overview),
};
