import { RELATIONSHIP_ROLES, authorityLinks, getDataObjectType } from "../model/index.ts";
import { toApproval, toGraphEdge, toGraphNode, toPartyRef } from "./graph-elements.ts";
import type { GraphEdge, GraphNode, NodeRow, PartyRef } from "./graph-elements.ts";
import { toNumber } from "./neo4j-values.ts";

/** One object of an upstream provenance cone (a row of trace.cypher). */
export interface ConeEntry {
  node: GraphNode;
  depth: number;
  /** The provenance link to the object this one was reached from (nearer the target); null for the target. */
  via: GraphEdge | null;
  /** Provenance links upstream of this object; 0 = a dead end. */
  upstream: number;
  evidence: Evidence | null;
}

export interface Evidence {
  policyIds: string[];
  approvals: { party: PartyRef; at: string | null }[];
  owners: PartyRef[];
}

export interface TracePath {
  nodes: GraphNode[];
  edges: GraphEdge[];
  length: number;
  origin: { node: GraphNode } & Evidence;
}

/** Where a provenance chain stops short of an approved decision (GraphQL type ChainBreak). */
export interface ChainBreak {
  node: GraphNode;
  missing: string;
  distance: number;
}

export type TraceVerdict = "APPROVED" | "DECISION_NOT_APPROVED" | "NO_DECISION";

/** Maps the rows of trace.cypher to cone entries. */
export function toCone(rows: readonly Record<string, unknown>[]): ConeEntry[] {
  return rows.map((row) => {
    const evidence = row.evidence as Record<string, unknown> | null;
    return {
      node: toGraphNode(row.node as NodeRow),
      depth: toNumber(row.depth),
      via: row.via ? toGraphEdge(row.via as Record<string, unknown>) : null,
      upstream: toNumber(row.upstream),
      evidence: evidence
        ? {
            policyIds: (evidence.policyIds as unknown[]).map(String),
            approvals: (evidence.approvals as Record<string, unknown>[]).map(toApproval),
            owners: (evidence.owners as Record<string, unknown>[]).map(toPartyRef),
          }
        : null,
    };
  });
}

/** The path from `origin` down to the cone's target, origin first, following each entry's `via` link. */
export function pathFrom(cone: readonly ConeEntry[], origin: ConeEntry): TracePath {
  const byId = new Map(cone.map((e) => [e.node.id, e]));
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  let entry: ConeEntry | undefined = origin;
  while (entry) {
    nodes.push(entry.node);
    const via: GraphEdge | null = entry.via;
    if (!via) break;
    edges.push(via);
    entry = byId.get(via.from === entry.node.id ? via.to : via.from);
  }
  const evidence = origin.evidence ?? { policyIds: [], approvals: [], owners: [] };
  return { nodes, edges, length: edges.length, origin: { node: origin.node, ...evidence } };
}

/**
 * Reads the verdict off a cone traced to ScopeAgreements: the paths to the nearest APPROVED decisions when
 * any is reached (an approved decision authorizes the object, even if a rejected one is nearer: that one is
 * reported as a break), else to the nearest decisions; and the breaks: the unapproved decisions reached and
 * the dead ends (objects with no provenance link upstream), each with the link that is missing.
 */
export function readTrace(
  cone: readonly ConeEntry[],
  options: { toType: string; maxPaths: number },
): {
  verdict: TraceVerdict;
  paths: TracePath[];
  truncated: boolean;
  breaks: ChainBreak[];
} {
  const origins = cone.filter((e) => e.node.type === options.toType);
  const decisions = options.toType === "ScopeAgreement";
  const approved = decisions ? origins.filter((e) => e.node.properties.decision === "APPROVED") : [];
  const candidates = approved.length > 0 ? approved : origins;
  const nearest = Math.min(...candidates.map((e) => e.depth));
  const chosen = candidates.filter((e) => e.depth === nearest);
  const verdict: TraceVerdict =
    approved.length > 0 ? "APPROVED" : origins.length > 0 ? "DECISION_NOT_APPROVED" : "NO_DECISION";
  const breaks =
    decisions && verdict !== "APPROVED"
      ? [
          ...origins.map((e) => ({
            node: e.node,
            distance: e.depth,
            missing: `${e.node.id} is a portfolio decision ${String(e.node.properties.decision ?? "without a decision")}, not APPROVED`,
          })),
          ...deadEnds(cone),
        ].sort((a, b) => a.distance - b.distance || a.node.id.localeCompare(b.node.id))
      : [];
  return {
    verdict,
    paths: chosen.slice(0, options.maxPaths).map((e) => pathFrom(cone, e)),
    truncated: chosen.length > options.maxPaths,
    breaks,
  };
}

/** Objects of the cone with no provenance link upstream, other than decisions, furthest first. */
export function deadEnds(cone: readonly ConeEntry[]): ChainBreak[] {
  return cone
    .filter((e) => e.upstream === 0 && e.node.type !== "ScopeAgreement")
    .map((e) => ({ node: e.node, distance: e.depth, missing: missingLinks(e.node) }))
    .sort((a, b) => b.distance - a.distance);
}

/**
 * What an object would need to be authorized, in words: "CI-LEGACY-FTP realizes no Desired Service and
 * supports no Actual Service CI". Read from the model's provenance links into the object's type.
 */
export function missingLinks(node: GraphNode): string {
  const links = authorityLinks(node.type);
  if (links.length === 0) return `${node.id}: no provenance link leads to a ${node.type}`;
  const phrases = [
    ...new Set(
      links.map((l) => {
        const label = getDataObjectType(l.parentType)?.label ?? l.parentType;
        return `${readsOf(l.relationship.type)} no ${label}`;
      }),
    ),
  ];
  return `${node.id} ${phrases.join(" and ")}`;
}

const READS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(RELATIONSHIP_ROLES).flatMap(([type, def]) => (def.reads ? [[type, def.reads]] : [])),
);

function readsOf(type: string): string {
  return READS[type] ?? `is linked by ${type} to`;
}
