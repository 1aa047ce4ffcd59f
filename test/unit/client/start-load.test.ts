import { describe, expect, it, vi } from "vitest";
import { ApiError } from "../../../client/src/api/graphql.ts";
import { startLoad } from "../../../client/src/state/start-load.ts";
import type { Settled } from "../../../client/src/state/start-load.ts";

/** A load whose answer the test releases by hand, recording the signal it was given. */
function controlled<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const signals: AbortSignal[] = [];
  const load = (signal: AbortSignal) => {
    signals.push(signal);
    return new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
  };
  return { load, signals, resolve: (v: T) => resolve(v), reject: (e: unknown) => reject(e) };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe("startLoad (the loading hook's core)", () => {
  it("delivers the data of a load that was not cancelled", async () => {
    const c = controlled<string>();
    const seen: Settled<string>[] = [];
    startLoad(c.load, (r) => seen.push(r));
    c.resolve("fresh");
    await flush();
    expect(seen).toEqual([{ ok: true, data: "fresh" }]);
  });

  it("aborts the request on cancel and drops its answer even when it still arrives", async () => {
    const c = controlled<string>();
    const seen: Settled<string>[] = [];
    const cancel = startLoad(c.load, (r) => seen.push(r));
    cancel();
    expect(c.signals[0]?.aborted).toBe(true);
    c.resolve("stale");
    await flush();
    expect(seen).toEqual([]);
  });

  it("gives every failure as an ApiError: the server's code kept, anything else INTERNAL", async () => {
    const server = controlled<string>();
    const other = controlled<string>();
    const seen: Settled<string>[] = [];
    startLoad(server.load, (r) => seen.push(r));
    startLoad(other.load, (r) => seen.push(r));
    server.reject(new ApiError("NOT_FOUND", "No object NO-SUCH-OBJECT."));
    other.reject(new TypeError("boom"));
    await flush();
    const errors = seen.map((r) => (r.ok ? null : r.error));
    expect(errors.every((e) => e instanceof ApiError)).toBe(true);
    expect(errors.map((e) => [e?.code, e?.message])).toEqual([
      ["NOT_FOUND", "No object NO-SUCH-OBJECT."],
      ["INTERNAL", "boom"],
    ]);
  });

  it("with a delay, starts after it, and not at all when cancelled before it ends", () => {
    vi.useFakeTimers();
    try {
      const started = controlled<string>();
      startLoad(started.load, () => undefined, 150);
      expect(started.signals).toHaveLength(0);
      vi.advanceTimersByTime(150);
      expect(started.signals).toHaveLength(1);
      const cancelled = controlled<string>();
      const cancel = startLoad(cancelled.load, () => undefined, 150);
      cancel();
      vi.advanceTimersByTime(1000);
      expect(cancelled.signals).toHaveLength(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
