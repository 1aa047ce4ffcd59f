import type { BrokenQuery, TraceVerdict } from "../api/generated/operations.ts";

/** One page of broken chains of a type (Query.brokenChainsPage). */
export type BrokenChainPage = BrokenQuery["brokenChainsPage"];
/** One broken chain: the object and why its chain is broken. */
export type BrokenChainItem = BrokenChainPage["edges"][number];

/** What the coverage page lists so far: the pages loaded, in order, for one type. */
export interface BrokenChainList {
  type: string;
  items: BrokenChainItem[];
  totalCount: number;
  /** Where the next page starts; null when every broken chain is listed. */
  next: string | null;
}

/**
 * Adds a page to the list: the first page (`after` null) or a page of another type starts a new list; a page
 * that follows the last one loaded is appended; any other page (a late answer to an earlier cursor) is
 * ignored. Pure.
 */
export function addBrokenChainPage(
  list: BrokenChainList | null,
  type: string,
  after: string | null,
  page: BrokenChainPage,
): BrokenChainList {
  const next = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
  if (after === null || !list || list.type !== type)
    return { type, items: [...page.edges], totalCount: page.totalCount, next };
  if (list.next !== after) return list;
  return { type, items: [...list.items, ...page.edges], totalCount: page.totalCount, next };
}

/** Why a chain is broken, for people. */
export function brokenReason(reason: TraceVerdict): string {
  switch (reason) {
    case "NO_DECISION":
      return "no decision";
    case "DECISION_NOT_APPROVED":
      return "decision not approved";
    case "APPROVED":
      return "traced";
  }
}
