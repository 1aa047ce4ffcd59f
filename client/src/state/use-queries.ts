import { LIMITS } from "../../../server/traceability/limits.ts";
import {
  BrokenDocument,
  CoverageDocument,
  DetailsDocument,
  OverviewDocument,
  SearchDocument,
  WhyHereDocument,
  graphql,
} from "../api/index.ts";
import type { BrokenChainPage } from "../graph/broken-chains.ts";
import type { CoverageReport, GraphNode, NodeDetails, Overview, WhyHerePath } from "../graph/types.ts";
import type { ViewState } from "../graph/url-state.ts";
import { useLoad } from "./use-load.ts";
import type { Loaded } from "./use-load.ts";

/** Typeahead hits for `text` (debounced, the previous hits kept while the next ones load); idle when empty. */
export function useSearch(text: string, limit: number): Loaded<GraphNode[]> {
  const query = text.trim();
  return useLoad(
    query.length > 0
      ? (signal) => graphql(SearchDocument, { text: query, limit }, signal).then((d) => d.search)
      : null,
    [query, limit],
    { delayMs: 150, keepData: true },
  );
}

/** The details panel's data for one object; idle for a group node (it has no details of its own). */
export function useDetails(id: string): Loaded<NodeDetails> {
  return useLoad(
    id.startsWith("group:")
      ? null
      : (signal) => graphql(DetailsDocument, { id }, signal).then((d) => d.details),
    [id],
  );
}

/** Coverage by type, value stream and in total, the types not counted, and how current it is. */
export function useCoverage(): Loaded<CoverageReport> {
  return useLoad((signal) => graphql(CoverageDocument, {}, signal).then((d) => d.coverageReport), []);
}

/** Broken chains per page. */
export const BROKEN_CHAINS_PAGE = 100;

/** One page of the objects of `type` whose trace is not approved: the first, or the one after `after`. */
export function useBrokenChains(type: string, after: string | null): Loaded<BrokenChainPage> {
  return useLoad(
    (signal) =>
      graphql(BrokenDocument, { type, first: BROKEN_CHAINS_PAGE, after }, signal).then(
        (d) => d.brokenChainsPage,
      ),
    [type, after],
  );
}

/** The landing page's overview, loaded once when `wanted` (decided at mount). */
export function useOverview(wanted: boolean): Loaded<Overview> {
  return useLoad(
    wanted ? (signal) => graphql(OverviewDocument, {}, signal).then((d) => d.overview) : null,
    [],
  );
}

/**
 * Why the selected object is in the current lineage or impact view: the server's hop chain with the view's
 * own parameters (impact: downstream within its depth), so the panel and the API cannot disagree. Idle for
 * the root, group nodes and other views; null data when the object is not in that lineage.
 */
export function useWhyHere(
  state: Pick<ViewState, "root" | "view" | "direction" | "depth">,
  selected: string | null,
): Loaded<WhyHerePath | null> {
  const { root, view, direction, depth } = state;
  const wanted =
    root &&
    selected &&
    selected !== root &&
    !selected.startsWith("group:") &&
    (view === "lineage" || view === "impact");
  const params =
    view === "impact"
      ? { direction: "DOWNSTREAM" as const, maxDepth: LIMITS.impactDefaultDepth }
      : { direction, maxDepth: depth };
  return useLoad(
    wanted
      ? (signal) =>
          graphql(WhyHereDocument, { root, id: selected, ...params }, signal).then((d) => d.whyHere ?? null)
      : null,
    [wanted, root, selected, view, direction, depth],
  );
}
