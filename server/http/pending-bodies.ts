import type { IncomingMessage } from "node:http";

/** Requests whose body is still arriving, per client address. */
export interface PendingBodies {
  /**
   * Registers a request whose body is about to be read. Returns the signal that aborts the read when its
   * client has too many unfinished bodies, `progress` to call whenever a piece arrives, and `release` to call
   * once the body is read (or refused).
   */
  start(req: IncomingMessage): { signal: AbortSignal; progress: () => void; release: () => void };
  /** Unfinished bodies of one address (tests, metrics). */
  count(address: string): number;
}

interface Pending {
  controller: AbortController;
  lastProgress: number;
}

/** A body that has sent nothing for this long counts as stalled. */
export const STALLED_MS = 1000;

/**
 * A per-client cap on requests whose body is still arriving. A client over the cap loses the body that has
 * stalled longest (nothing received for STALLED_MS or more), never the new request and never a body that is
 * still flowing: slow-body sockets of one address hold at most `maxPerClient` reads open beyond their first
 * second, while normal requests and parallel uploads of the same address go through.
 */
export function createPendingBodies(
  maxPerClient: number,
  now: () => number = performance.now.bind(performance),
): PendingBodies {
  const byAddress = new Map<string, Pending[]>();
  return {
    start(req) {
      const address = req.socket.remoteAddress ?? "unknown";
      const entry: Pending = { controller: new AbortController(), lastProgress: now() };
      const list = byAddress.get(address) ?? [];
      list.push(entry);
      byAddress.set(address, list);
      while (list.length > maxPerClient) {
        const stalled = list
          .filter((p) => now() - p.lastProgress >= STALLED_MS)
          .sort((a, b) => a.lastProgress - b.lastProgress)[0];
        if (!stalled) break;
        list.splice(list.indexOf(stalled), 1);
        stalled.controller.abort();
      }
      return {
        signal: entry.controller.signal,
        progress() {
          entry.lastProgress = now();
        },
        release() {
          const index = list.indexOf(entry);
          if (index >= 0) list.splice(index, 1);
          if (list.length === 0 && byAddress.get(address) === list) byAddress.delete(address);
        },
      };
    },
    count(address) {
      return byAddress.get(address)?.length ?? 0;
    },
  };
}
