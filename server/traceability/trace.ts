import { canSeeAccountability } from "../context.ts";
import type { RequestContext } from "../context.ts";
import { NOT_COUNTED } from "../model/index.ts";
import { notFound } from "../errors/index.ts";
import { LIMITS, dataObjectType, range } from "./arguments.ts";
import { toGraphNode } from "./graph-elements.ts";
import type { GraphNode, NodeRow } from "./graph-elements.ts";
import { provenanceRelationshipFilter } from "./lineage-filter.ts";
import { traceQueryName } from "./compiled-walks.ts";
import { readTrace, toCone } from "./provenance-cone.ts";
import type { ChainBreak, TracePath, TraceVerdict } from "./provenance-cone.ts";
import { runNamedQuery } from "./run-query.ts";

export type { ChainBreak, TracePath, TraceVerdict } from "./provenance-cone.ts";

export interface TraceArgs {
  id: string;
  toType?: string | null;
  maxDepth?: number | null;
}

export interface Trace {
  target: GraphNode;
  found: boolean;
  paths: TracePath[];
  truncated: boolean;
  approved: boolean;
  /** Set when tracing to ScopeAgreement (the portfolio decision); null for other toType. */
  verdict: TraceVerdict | null;
  breaks: ChainBreak[];
  counted: boolean;
  notCountedReason: string | null;
}

/**
 * `trace`: the provenance of an object — the chain of provenance links (the service backbone, the
 * request/catalog chain, the design chain, where an incident happened; never a change or the feedback loop)
 * that leads upstream to the nearest objects of `toType`, by default the ScopeAgreement: the portfolio
 * decision. `approved` is true exactly when an APPROVED decision is reached, and then the paths lead to the
 * nearest approved decisions; otherwise they lead to the nearest decisions reached, if any, and `breaks` says
 * where each chain stops. Evidence on each origin: governing policies, and for auditors who approved it and
 * when, and who owns it. An existing object with no provenance answers `found: false`, never NOT_FOUND.
 */
export async function trace(ctx: RequestContext, args: TraceArgs): Promise<Trace> {
  const toType = dataObjectType("toType", args.toType ?? "ScopeAgreement");
  const maxDepth = range("maxDepth", args.maxDepth ?? LIMITS.coverageDepth, LIMITS.traceDepth);
  const rows = await runNamedQuery(ctx, await traceQueryName(ctx), {
    id: args.id,
    toType,
    maxDepth,
    scan: LIMITS.scan,
    relationshipFilter: provenanceRelationshipFilter("UPSTREAM"),
    accountability: canSeeAccountability(ctx),
  });
  if (rows.length === 0) throw notFound("data object", args.id);
  const cone = toCone(rows);
  const read = readTrace(cone, { toType, maxPaths: LIMITS.tracePaths });
  const target = (cone[0] as (typeof cone)[number]).node;
  const reason = NOT_COUNTED[target.type] ?? null;
  return {
    target,
    found: read.paths.length > 0,
    paths: read.paths,
    truncated: read.truncated || cone.length > LIMITS.scan,
    approved: read.verdict === "APPROVED" && toType === "ScopeAgreement",
    verdict: toType === "ScopeAgreement" ? read.verdict : null,
    breaks: read.breaks,
    counted: reason === null,
    notCountedReason: reason,
  };
}

/** Throws NOT_FOUND unless a data object with this id exists. */
export async function assertExists(ctx: RequestContext, id: string): Promise<GraphNode> {
  const [row] = await runNamedQuery(ctx, "target", { id });
  if (!row) throw notFound("data object", id);
  return toGraphNode(row.node as NodeRow);
}
