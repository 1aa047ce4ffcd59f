import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { GraphQLSchema } from "graphql";
import type { RequestContext } from "../context.ts";
import { AppError } from "../errors/index.ts";
import { toGraphQLError } from "./app-graphql-error.ts";
import { DocumentMemo, requestKey } from "./document-memo.ts";
import { estimateCost, MAX_QUERY_NODES } from "./estimate-cost.ts";

/**
 * The cost limit (MAX_COST), checked once the operation is known and its variables are at hand, before any
 * resolver runs: a document is refused the same way whether its page sizes are literals or variables. The cost
 * of a document with its variables is worked out once (document-memo.ts).
 */
export function costPlugin(
  getSchema: () => GraphQLSchema,
  maxCost: number,
): ApolloServerPlugin<RequestContext> {
  const costs = new DocumentMemo<number>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operationName, queryHash }) {
          let cost: number;
          const name = operationName ?? request.operationName ?? null;
          const variables = request.variables ?? {};
          const estimate = () =>
            estimateCost({ schema: getSchema(), document, operationName: name, variables });
          try {
            const key = queryHash && requestKey({ queryHash, operationName, variables, owner: request });
            cost = costs.get(key || undefined, estimate);
          } catch (error) {
            if (!(error instanceof GraphQLError)) throw error;
            throw toGraphQLError(
              /maximum allowed number of nodes/.test(error.message)
                ? new AppError(
                    "LIMIT_EXCEEDED",
                    `The query expands to more than ${MAX_QUERY_NODES} fields (fragments included). Simplify the query.`,
                    { details: { maxQueryNodes: MAX_QUERY_NODES } },
                  )
                : new AppError("BAD_USER_INPUT", error.message),
            );
          }
          if (cost > maxCost) {
            throw toGraphQLError(
              new AppError(
                "LIMIT_EXCEEDED",
                `Query Cost limit of ${maxCost} exceeded, found ${Math.ceil(cost)} (MAX_COST; page sizes given as variables count too). Simplify the query or ask for smaller pages.`,
                { details: { maxCost, cost: Math.ceil(cost) } },
              ),
            );
          }
        },
      };
    },
  };
}
