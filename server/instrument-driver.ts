import type { Driver, Session } from "neo4j-driver";
import { fromDriverError } from "./errors/index.ts";
import type { Metrics } from "./metrics.ts";

type Mode = "read" | "write";

/**
 * The driver every request uses, measured: each transaction (generated CRUD in sessions' managed
 * transactions, the traceability reads as auto-commit `session.run`, writes through executeQuery) is timed
 * into `neo4j_transaction_duration_seconds{mode,outcome}`, and open sessions (each holds at most one pooled
 * connection) are counted in `neo4j_sessions_open`. Behaviour is unchanged.
 */
export function instrumentDriver(driver: Driver, metrics: Metrics): Driver {
  return new Proxy(driver, {
    get(target, property) {
      if (property === "session") {
        return (...args: Parameters<Driver["session"]>) =>
          instrumentSession(
            target.session(...args),
            metrics,
            args[0]?.defaultAccessMode === "READ" ? "read" : "write",
          );
      }
      if (property === "executeQuery") {
        return (...args: Parameters<Driver["executeQuery"]>) =>
          timed(metrics, args[2]?.routing === "READ" ? "read" : "write", () => target.executeQuery(...args));
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * Starts the work and times it until it settles, with its outcome code; returns the work itself (for
 * `session.run`, its Result: awaiting it is what makes its records arrive, and a second `then` shares them).
 */
function timed<T extends PromiseLike<unknown>>(metrics: Metrics, mode: Mode, start: () => T): T {
  const end = metrics.neo4jDuration.startTimer({ mode });
  const work = start();
  work.then(
    () => end({ outcome: "OK" }),
    (error: unknown) => end({ outcome: fromDriverError(error).code }),
  );
  return work;
}

function instrumentSession(session: Session, metrics: Metrics, sessionMode: Mode): Session {
  metrics.neo4jSessionsOpen.inc();
  let open = true;
  return new Proxy(session, {
    get(target, property) {
      if (property === "run") {
        // An auto-commit transaction (readQuery): timed until its records have all arrived or it failed.
        return (...args: Parameters<Session["run"]>) =>
          timed(metrics, sessionMode, () => target.run(...args));
      }
      if (property === "executeRead") {
        return (...args: Parameters<Session["executeRead"]>) =>
          timed(metrics, "read", () => target.executeRead(...args));
      }
      if (property === "executeWrite") {
        return (...args: Parameters<Session["executeWrite"]>) =>
          timed(metrics, "write", () => target.executeWrite(...args));
      }
      if (property === "close") {
        return async () => {
          if (open) {
            open = false;
            metrics.neo4jSessionsOpen.dec();
          }
          await target.close();
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
