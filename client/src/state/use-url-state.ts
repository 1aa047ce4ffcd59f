import { useCallback, useEffect, useReducer, useRef } from "react";
import { decodeState, encodeState } from "../graph/url-state.ts";
import type { ViewState } from "../graph/url-state.ts";
import { isNavigation, viewReducer } from "./view-reducer.ts";
import type { ViewAction } from "./view-reducer.ts";

export interface UrlState {
  state: ViewState;
  dispatch: (action: ViewAction) => void;
  /** Like dispatch, but never a new history entry (a redirect, e.g. the landing page's start). */
  redirect: (action: ViewAction) => void;
}

/**
 * View state that lives in the URL: read from it at start and on Back/Forward; every change writes it back.
 * Navigation (a new root or view) pushes a history entry, so Back returns; the rest replaces the entry.
 */
export function useUrlState(): UrlState {
  const [state, rawDispatch] = useReducer(viewReducer, undefined, () => decodeState(window.location.search));
  const pendingPush = useRef(false);
  const dispatch = useCallback((action: ViewAction) => {
    if (isNavigation(action)) pendingPush.current = true;
    rawDispatch(action);
  }, []);
  useEffect(() => {
    const url = `${window.location.pathname}${encodeState(state)}`;
    if (url === `${window.location.pathname}${window.location.search}`) return;
    if (pendingPush.current) window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
    pendingPush.current = false;
  }, [state]);
  useEffect(() => {
    const onPop = () => rawDispatch({ type: "replace", state: decodeState(window.location.search) });
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);
  return { state, dispatch, redirect: rawDispatch };
}
