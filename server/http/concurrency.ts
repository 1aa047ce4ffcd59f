/** Which pool a request counts against: token-bearing callers and anonymous ones never share slots. */
export type CallerClass = "authenticated" | "anonymous";

export interface ConcurrencyGate {
  /** Takes a slot of the caller's pool; returns its release, or undefined when the pool is full. */
  enter(caller: CallerClass): (() => void) | undefined;
  inFlight(caller: CallerClass): number;
}

/**
 * MAX_CONCURRENT_REQUESTS for each class of caller. A request is counted only once its body is read and its
 * token verified, so that slow or unauthenticated clients cannot hold the slots of those who have a token.
 */
export function createConcurrencyGate(max: number): ConcurrencyGate {
  const counts: Record<CallerClass, number> = { authenticated: 0, anonymous: 0 };
  return {
    enter(caller) {
      if (counts[caller] >= max) return undefined;
      counts[caller] += 1;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        counts[caller] -= 1;
      };
    },
    inFlight(caller) {
      return counts[caller];
    },
  };
}
