import { canSeeAccountability } from "../context.ts";
import type { RequestContext } from "../context.ts";
import { ACCOUNTABILITY_TYPES, DATA_OBJECT_TYPE_NAMES } from "../model/index.ts";
import { snapshotAnswer } from "./estate-snapshot.ts";
import { toGraphNode } from "./graph-elements.ts";
import type { GraphNode, NodeRow } from "./graph-elements.ts";
import { toNumber } from "./neo4j-values.ts";
import { runNamedQuery } from "./run-query.ts";

export interface Overview {
  counts: { type: string; count: number }[];
  latestP1Incident: GraphNode | null;
  totalNodes: number;
  totalRelationships: number;
}

/**
 * `overview`: the landing page's start — counts per type and the latest P1 incident; a whole-estate answer,
 * served from the estate snapshot (computed once per change of the estate). A caller who may not see
 * accountability (a viewer) gets totalRelationships without the accountability links: one snapshot per
 * visibility.
 */
export async function overview(ctx: RequestContext): Promise<Overview> {
  const key = canSeeAccountability(ctx) ? "overview:accountability" : "overview";
  return (await snapshotAnswer(ctx, key, () => computeOverview(ctx))).value;
}

async function computeOverview(ctx: RequestContext): Promise<Overview> {
  const [[counts], [latest]] = await Promise.all([
    runNamedQuery(ctx, "type-counts", {
      types: DATA_OBJECT_TYPE_NAMES,
      hiddenRelationships: canSeeAccountability(ctx) ? [] : ACCOUNTABILITY_TYPES,
    }),
    runNamedQuery(ctx, "latest-p1-incident", {}),
  ]);
  return {
    counts: ((counts?.counts ?? []) as { type: string; count: unknown }[]).map((c) => ({
      type: c.type,
      count: toNumber(c.count),
    })),
    latestP1Incident: latest ? toGraphNode(latest.node as NodeRow) : null,
    totalNodes: toNumber(counts?.totalNodes),
    totalRelationships: toNumber(counts?.totalRelationships),
  };
}
