import type { RequestContext } from "../context.ts";
import { COUNTED_TYPE_NAMES, NOT_COUNTED, isCounted } from "../model/index.ts";
import { badInput } from "../errors/index.ts";
import { LIMITS, dataObjectType, range } from "./arguments.ts";
import { coverageQueryName } from "./compiled-walks.ts";
import { coverageRows } from "./coverage-rows.ts";
import type { Coverage } from "./coverage-rows.ts";
import { snapshotAnswer } from "./estate-snapshot.ts";
import type { SnapshotInfo } from "./estate-snapshot.ts";
import { toGraphNode } from "./graph-elements.ts";
import type { GraphNode, NodeRow } from "./graph-elements.ts";
import { provenanceRelationshipFilter } from "./lineage-filter.ts";
import { toNumber } from "./neo4j-values.ts";
import { runNamedQuery } from "./run-query.ts";
import { VersionCache } from "./version-cache.ts";

type BrokenReason = "DECISION_NOT_APPROVED" | "NO_DECISION";

/** The whole-estate sweep, per counted type: totals, traced counts, broken ids (sorted) with their reason. */
export interface CoverageSweep {
  totals: Map<string, number>;
  traced: Map<string, number>;
  broken: Map<string, { id: string; reason: BrokenReason }[]>;
}

/**
 * The objects of recent broken-chain pages, by estate version: a dashboard asking for the same page again
 * at the same version is answered from memory instead of reading its objects again.
 */
const PAGE_OBJECTS = new VersionCache<Record<string, unknown>[]>(64);

/** The sweep gets more time than a request's own queries: it is computed once per change, off the hot path. */
const SWEEP_TIMEOUT_MS = 120_000;

/** The coverage sweep at the current estate version: from the snapshot, or computed once. */
export function coverageSweep(
  ctx: RequestContext,
): Promise<{ value: CoverageSweep; snapshot: SnapshotInfo }> {
  return snapshotAnswer(ctx, "coverage", async () => {
    const rows = await runNamedQuery(
      { ...ctx, queryTimeoutMs: Math.max(ctx.queryTimeoutMs, SWEEP_TIMEOUT_MS) },
      await coverageQueryName(ctx),
      {
        relationshipFilter: provenanceRelationshipFilter("DOWNSTREAM"),
        maxDepth: LIMITS.coverageDepth,
        types: COUNTED_TYPE_NAMES,
      },
    );
    const sweep: CoverageSweep = { totals: new Map(), traced: new Map(), broken: new Map() };
    for (const row of rows) {
      const type = String(row.type);
      sweep.totals.set(type, toNumber(row.total));
      sweep.traced.set(type, toNumber(row.traced));
      const broken = (row.broken as [string, BrokenReason][]).map(([id, reason]) => ({ id, reason }));
      sweep.broken.set(
        type,
        broken.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      );
    }
    return sweep;
  });
}

/**
 * `coverage` / `coverageReport`: how much of the estate is traced — its trace says approved, i.e. a chain of
 * provenance links leads from an APPROVED ScopeAgreement to it — per counted type, per value stream and in
 * total, with the types not counted and why. Served from the estate snapshot.
 */
export async function coverageReport(ctx: RequestContext): Promise<{
  rows: Coverage[];
  notCounted: { type: string; reason: string }[];
  snapshot: SnapshotInfo;
}> {
  const { value, snapshot } = await coverageSweep(ctx);
  return {
    rows: coverageRows(value.totals, value.traced),
    notCounted: Object.entries(NOT_COUNTED).map(([type, reason]) => ({ type, reason })),
    snapshot,
  };
}

export async function coverage(ctx: RequestContext): Promise<Coverage[]> {
  return (await coverageReport(ctx)).rows;
}

export interface BrokenChainsArgs {
  type: string;
  limit?: number | null;
}

export interface BrokenChainsPageArgs {
  type: string;
  first?: number | null;
  after?: string | null;
}

export interface BrokenChainPage {
  totalCount: number;
  edges: { cursor: string; node: { node: GraphNode; reason: BrokenReason } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  snapshot: SnapshotInfo;
}

/**
 * `brokenChainsPage`: objects of a counted type whose trace is not approved, lowest id first, with the
 * reason, a page at a time (the cursor is the last id of the page), and how many there are in all.
 */
export async function brokenChainsPage(
  ctx: RequestContext,
  args: BrokenChainsPageArgs,
): Promise<BrokenChainPage> {
  const type = countedType(args.type);
  const first = range("first", args.first ?? 100, LIMITS.brokenChainsLimit);
  const after = args.after ? decodeCursor(args.after) : null;
  const { value, snapshot } = await coverageSweep(ctx);
  const all = value.broken.get(type) ?? [];
  const start = after === null ? 0 : firstAfter(all, after);
  const page = all.slice(start, start + first);
  const ids = page.map((b) => b.id);
  const key = `${ctx.database ?? ""}|${snapshot.version}|${type}|${start}|${first}`;
  const rows =
    page.length > 0 ? await PAGE_OBJECTS.get(key, () => runNamedQuery(ctx, "nodes-by-id", { ids })) : [];
  const nodes = new Map(rows.map((r) => toGraphNode(r.node as NodeRow)).map((n) => [n.id, n]));
  const edges = page.flatMap((b) => {
    const node = nodes.get(b.id);
    return node ? [{ cursor: encodeCursor(b.id), node: { node, reason: b.reason } }] : [];
  });
  return {
    totalCount: all.length,
    edges,
    pageInfo: {
      hasNextPage: start + first < all.length,
      endCursor: page.length > 0 ? encodeCursor((page[page.length - 1] as { id: string }).id) : null,
    },
    snapshot,
  };
}

/** `brokenChains`: the first `limit` broken chains of a type (the nodes only; see brokenChainsPage). */
export async function brokenChains(ctx: RequestContext, args: BrokenChainsArgs): Promise<GraphNode[]> {
  const page = await brokenChainsPage(ctx, { type: args.type, first: args.limit ?? 100 });
  return page.edges.map((e) => e.node.node);
}

function countedType(value: string): string {
  const type = dataObjectType("type", value);
  if (!isCounted(type)) {
    throw badInput("type", `${type} is not counted by coverage: ${NOT_COUNTED[type] ?? ""}`);
  }
  return type;
}

/** Index of the first id after `id` in a sorted list (binary search). */
function firstAfter(sorted: readonly { id: string }[], id: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as { id: string }).id <= id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const encodeCursor = (id: string): string => Buffer.from(`id:${id}`, "utf8").toString("base64url");

function decodeCursor(cursor: string): string {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  if (!text.startsWith("id:")) throw badInput("after", `"${cursor}" is not a cursor this field returned.`);
  return text.slice(3);
}
