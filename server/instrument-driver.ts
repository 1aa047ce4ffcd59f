import type { Driver, Session } from "neo4j-driver";
import { fromDriverError } from "./errors/index.ts";
import type { Metrics } from "./metrics.ts";

type Work = Parameters<Session["executeRead"]>;

/**
 * The driver every request uses, measured: each transaction (generated CRUD in sessions' managed
 * transactions, the traceability reads as auto-commit `session.run`, writes through executeQuery) is timed into `neo4j_transaction_duration_seconds{mode,outcome}`,
 * and open sessions (each holds at most one pooled connection) are counted in `neo4j_sessions_open`.
 * Behaviour is unchanged.
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
        return async (...args: Parameters<Driver["executeQuery"]>) => {
          const mode = args[2]?.routing === "READ" ? "read" : "write";
          const end = metrics.neo4jDuration.startTimer({ mode });
          try {
            const result = await target.executeQuery(...args);
            end({ outcome: "OK" });
            return result;
          } catch (error) {
            end({ outcome: fromDriverError(error).code });
            throw error;
          }
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

function instrumentSession(session: Session, metrics: Metrics, sessionMode: "read" | "write"): Session {
  metrics.neo4jSessionsOpen.inc();
  let open = true;
  const timed =
    (mode: "read" | "write", run: (...args: Work) => Promise<unknown>) =>
    async (...args: Work): Promise<unknown> => {
      const end = metrics.neo4jDuration.startTimer({ mode });
      try {
        const result = await run(...args);
        end({ outcome: "OK" });
        return result;
      } catch (error) {
        end({ outcome: fromDriverError(error).code });
        throw error;
      }
    };
  return new Proxy(session, {
    get(target, property) {
      if (property === "run") {
        // An auto-commit transaction (readQuery): timed until its records have all arrived or it failed.
        return (...args: Parameters<Session["run"]>) => {
          const end = metrics.neo4jDuration.startTimer({ mode: sessionMode });
          const result = target.run(...args);
          result.then(
            () => end({ outcome: "OK" }),
            (error: unknown) => end({ outcome: fromDriverError(error).code }),
          );
          return result;
        };
      }
      if (property === "executeRead") return timed("read", target.executeRead.bind(target) as never);
      if (property === "executeWrite") return timed("write", target.executeWrite.bind(target) as never);
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
