import { asApiError } from "../api/index.ts";
import type { ApiError } from "../api/index.ts";

/** How a started load ended: its data, or its failure as an ApiError. */
export type Settled<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/**
 * Starts one load (after `delayMs`, when given) and returns its cancel. Cancelling aborts the request through
 * its signal and guarantees `onSettled` is never called afterwards: a stale response is dropped even when
 * it arrives after the abort. Every failure reaches `onSettled` as an ApiError. No React: the loading hook
 * (use-load.ts) runs one per change of its inputs.
 */
export function startLoad<T>(
  load: (signal: AbortSignal) => Promise<T>,
  onSettled: (result: Settled<T>) => void,
  delayMs = 0,
): () => void {
  const controller = new AbortController();
  const { signal } = controller;
  const run = () =>
    load(signal).then(
      (data) => {
        if (!signal.aborted) onSettled({ ok: true, data });
      },
      (error: unknown) => {
        if (!signal.aborted) onSettled({ ok: false, error: asApiError(error) });
      },
    );
  const timer = delayMs > 0 ? setTimeout(run, delayMs) : undefined;
  if (timer === undefined) void run();
  return () => {
    clearTimeout(timer);
    controller.abort();
  };
}
