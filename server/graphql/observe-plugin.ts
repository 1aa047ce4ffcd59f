import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestContext } from "../context.ts";
import type { Logger } from "../logger.ts";
import type { Metrics } from "../metrics.ts";
import { answerCacheOutcome } from "./answer-cache.ts";
import { toAppError } from "./format-error.ts";

/**
 * Metrics and one structured log line per GraphQL operation: request id, operation name, duration, outcome
 * code. Unexpected errors are logged with their message (never with the token or the variables).
 */
export function observePlugin(metrics: Metrics, logger: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ request, contextValue }) {
      const started = performance.now();
      let codes: string[] = [];
      return {
        async didEncounterErrors({ errors }) {
          codes = errors.map((e) => {
            const app = toAppError(e.originalError ?? e, { message: e.message, extensions: e.extensions });
            if (app.code === "INTERNAL") {
              logger.error("unexpected error", {
                requestId: contextValue.requestId,
                error: (e.originalError ?? e).message,
                path: e.path,
              });
            }
            return app.code;
          });
        },
        async willSendResponse({ operationName }) {
          const seconds = (performance.now() - started) / 1000;
          const operation = metrics.operationLabel(operationName ?? request.operationName);
          const code = codes[0] ?? "OK";
          metrics.graphqlRequests.inc({ operation, code });
          metrics.graphqlDuration.observe({ operation }, seconds);
          for (const c of codes) metrics.graphqlErrors.inc({ code: c });
          logger.info("graphql", {
            requestId: contextValue.requestId,
            operation,
            durationMs: Math.round(seconds * 1000),
            code,
            ...(answerCacheOutcome(contextValue) === "hit" ? { answer: "cached" } : {}),
            ...(codes.length > 1 ? { errors: codes.length } : {}),
          });
        },
      };
    },
  };
}
