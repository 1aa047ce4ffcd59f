/** Which pool a request counts against: token-bearing callers and anonymous ones never share slots. */
export type CallerClass = "authenticated" | "anonymous";

export interface ConcurrencyGate {
  /**
   * Takes a slot of the caller's pool, waiting in line for one when the pool is full (up to the queue's
   * length and wait); resolves to its release, or undefined when the request is to be shed (503).
   */
  enter(caller: CallerClass): Promise<(() => void) | undefined>;
  inFlight(caller: CallerClass): number;
  queued(caller: CallerClass): number;
}

export interface GateOptions {
  /** Requests in flight per pool (MAX_CONCURRENT_REQUESTS). */
  max: number;
  /** Requests waiting for a slot per pool (MAX_QUEUED_REQUESTS); 0 sheds at once when the pool is full. */
  queue: number;
  /** How long a request waits in line before it is shed (QUEUE_WAIT_MS). */
  waitMs: number;
}

interface Waiter {
  admit: (release: () => void) => void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * MAX_CONCURRENT_REQUESTS for each class of caller. A request is counted only once its body is read and its
 * token verified, so that slow or unauthenticated clients cannot hold the slots of those who have a token.
 * A request that finds its pool full waits in line, first come first served, for at most QUEUE_WAIT_MS and
 * behind at most MAX_QUEUED_REQUESTS others: a burst of cheap requests (answers kept by the answer cache take
 * about a millisecond) is served a moment later instead of being shed, while a server that stays overloaded
 * still sheds within the wait. A freed slot goes straight to the first in line.
 */
export function createConcurrencyGate(options: GateOptions): ConcurrencyGate {
  const counts: Record<CallerClass, number> = { authenticated: 0, anonymous: 0 };
  const lines: Record<CallerClass, Waiter[]> = { authenticated: [], anonymous: [] };
  const releaseFor = (caller: CallerClass) => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = lines[caller].shift();
      if (next) {
        clearTimeout(next.timer);
        next.admit(releaseFor(caller)); // the slot passes on: the count stays
      } else {
        counts[caller] -= 1;
      }
    };
  };
  return {
    async enter(caller) {
      if (counts[caller] < options.max) {
        counts[caller] += 1;
        return releaseFor(caller);
      }
      const line = lines[caller];
      if (line.length >= options.queue) return undefined;
      return new Promise((resolve) => {
        const waiter: Waiter = {
          admit: resolve,
          timer: setTimeout(() => {
            line.splice(line.indexOf(waiter), 1);
            resolve(undefined);
          }, options.waitMs),
        };
        line.push(waiter);
      });
    },
    inFlight(caller) {
      return counts[caller];
    },
    queued(caller) {
      return lines[caller].length;
    },
  };
}
