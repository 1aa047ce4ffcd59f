import { useEffect, useState } from "react";
import type { DependencyList } from "react";
import type { ApiError } from "../api/index.ts";
import { startLoad } from "./start-load.ts";

/** Where a load is: nothing to load, in flight, done, or failed. */
export type LoadStatus = "idle" | "loading" | "ready" | "error";

/** What a load hook gives a component: the data of the latest load, its status and its typed error. */
export interface Loaded<T> {
  status: LoadStatus;
  data: T | null;
  error: ApiError | null;
  /** Increases with every load that settled (ready or error): tests wait on it. */
  loads: number;
}

export interface LoadOptions {
  /** Wait this long before starting (typeahead debounce); a change meanwhile cancels the wait. */
  delayMs?: number;
  /** Keep showing the previous data while the next load is in flight (a failed load shows none). */
  keepData?: boolean;
}

/**
 * The one data-loading hook: runs `load` whenever `deps` change (or stays idle when `load` is null). A change
 * of deps or unmounting aborts the request in flight through its signal, and a response that arrives after
 * that is dropped, so a stale answer never replaces a fresh one. Every failure surfaces as an ApiError.
 */
export function useLoad<T>(
  load: ((signal: AbortSignal) => Promise<T>) | null,
  deps: DependencyList,
  options: LoadOptions = {},
): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ status: "idle", data: null, error: null, loads: 0 });
  const { delayMs = 0, keepData = false } = options;
  useEffect(() => {
    if (!load) {
      setState((s) => ({ ...s, status: "idle", data: null, error: null }));
      return;
    }
    setState((s) => ({ ...s, status: "loading", error: null, data: keepData ? s.data : null }));
    return startLoad(
      load,
      (result) =>
        setState((s) =>
          result.ok
            ? { status: "ready", data: result.data, error: null, loads: s.loads + 1 }
            : { status: "error", data: null, error: result.error, loads: s.loads + 1 },
        ),
      delayMs,
    );
    // The caller names what the load depends on, as with useEffect's own list.
  }, deps);
  return state;
}
