import type { IncomingMessage } from "node:http";

/** Requests whose body is still arriving, per client address. */
export interface PendingBodies {
  /**
   * Registers a request whose body is about to be read; returns the signal that aborts the read when the
   * client has too many unfinished bodies (the oldest is cut first), and a release to call once it is read.
   */
  start(req: IncomingMessage): { signal: AbortSignal; release: () => void };
  /** Unfinished bodies of one address (tests, metrics). */
  count(address: string): number;
}

/**
 * A per-client cap on requests whose body is still arriving. A client over the cap loses its oldest unfinished
 * request, not the new one: slow-body sockets of one address can then hold at most `maxPerClient` reads open,
 * and a normal request of the same address still gets through.
 */
export function createPendingBodies(maxPerClient: number): PendingBodies {
  const byAddress = new Map<string, AbortController[]>();
  return {
    start(req) {
      const address = req.socket.remoteAddress ?? "unknown";
      const controller = new AbortController();
      const list = byAddress.get(address) ?? [];
      list.push(controller);
      byAddress.set(address, list);
      while (list.length > maxPerClient) list.shift()?.abort();
      return {
        signal: controller.signal,
        release() {
          const index = list.indexOf(controller);
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
