import { useEffect, useRef, useState } from "react";
import type { DependencyList } from "react";
import type { ApiError } from "../api/index.ts";
import { startLoad } from "./start-load.ts";
import type { Settled } from "./start-load.ts";

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

export interface LoadOptions<T = unknown> {
  /** Wait this long before starting (typeahead debounce); a change meanwhile cancels the wait. */
  delayMs?: number;
  /** Keep showing the previous data while the next load is in flight (a failed load shows none). */
  keepData?: boolean;
  /**
   * The first load, started before the component (first-load.ts): the hook starts from its answer when it
   * has settled, else waits for it, instead of loading again for its first inputs.
   */
  initial?: { promise: Promise<T>; settled: Settled<T> | null } | null;
}

const sameDeps = (a: DependencyList, b: DependencyList) =>
  a.length === b.length && a.every((value, i) => Object.is(value, b[i]));

/** The hook's state before its first load: the initial load's answer when it has one. */
function startingState<T>(initial: LoadOptions<T>["initial"]): Loaded<T> {
  const settled = initial?.settled;
  if (!settled) return { status: initial ? "loading" : "idle", data: null, error: null, loads: 0 };
  return settled.ok
    ? { status: "ready", data: settled.data, error: null, loads: 1 }
    : { status: "error", data: null, error: settled.error, loads: 1 };
}

/**
 * The one data-loading hook: runs `load` whenever `deps` change (or stays idle when `load` is null). A change
 * of deps or unmounting aborts the request in flight through its signal, and a response that arrives after
 * that is dropped, so a stale answer never replaces a fresh one. Every failure surfaces as an ApiError.
 */
export function useLoad<T>(
  load: ((signal: AbortSignal) => Promise<T>) | null,
  deps: DependencyList,
  options: LoadOptions<T> = {},
): Loaded<T> {
  // The initial load answers the first deps only (kept while they hold: StrictMode runs the effect twice).
  const initial = useRef(options.initial ? { load: options.initial, deps } : null);
  const [state, setState] = useState<Loaded<T>>(() => startingState<T>(initial.current?.load));
  const { delayMs = 0, keepData = false } = options;
  const settle = (result: Settled<T>) =>
    setState((s) =>
      result.ok
        ? { status: "ready", data: result.data, error: null, loads: s.loads + 1 }
        : { status: "error", data: null, error: result.error, loads: s.loads + 1 },
    );
  useEffect(() => {
    // The first inputs' load was started before the component: its answer is the state already, or comes.
    const adopted = initial.current && sameDeps(initial.current.deps, deps) ? initial.current.load : null;
    if (!adopted) initial.current = null;
    else if (adopted.settled) return;
    else return startLoad(() => adopted.promise, settle);
    if (!load) {
      setState((s) => ({ ...s, status: "idle", data: null, error: null }));
      return;
    }
    setState((s) => ({ ...s, status: "loading", error: null, data: keepData ? s.data : null }));
    return startLoad(load, settle, delayMs);
    // The caller names what the load depends on, as with useEffect's own list.
  }, deps);
  return state;
}
