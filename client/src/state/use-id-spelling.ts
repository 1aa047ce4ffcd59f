import { useEffect } from "react";
import { respelledId } from "../graph/respell-id.ts";
import type { ViewState } from "../graph/url-state.ts";
import { useSearch } from "./use-queries.ts";
import type { ViewAction } from "./view-reducer.ts";

/**
 * Ids are exact business keys (NOT_FOUND for `inc-1042`), search is not: when the root is not found, the
 * explorer searches for it and, if exactly one object has that id in another case, opens it instead (a
 * redirect: Back does not return to the misspelt link).
 */
export function useIdSpelling(
  state: Pick<ViewState, "root" | "view">,
  notFound: boolean,
  redirect: (action: ViewAction) => void,
): void {
  const hits = useSearch(notFound && state.root ? state.root : "", 12);
  useEffect(() => {
    if (!notFound || !state.root || !hits.data) return;
    const id = respelledId(state.root, hits.data);
    if (id) redirect({ type: "root", id, view: state.view });
  }, [hits.data, notFound, state.root, state.view, redirect]);
}
