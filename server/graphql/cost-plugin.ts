import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { GraphQLSchema } from "graphql";
import type { RequestContext } from "../context.ts";
import { AppError } from "../errors/index.ts";
import { toGraphQLError } from "./app-graphql-error.ts";
import { estimateCost, MAX_QUERY_NODES } from "./estimate-cost.ts";

/**
 * The cost limit (MAX_COST), checked once the operation is known and its variables are at hand, before any
 * resolver runs: a document is refused the same way whether its page sizes are literals or variables.
 */
export function costPlugin(
  getSchema: () => GraphQLSchema,
  maxCost: number,
): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operationName }) {
          let cost: number;
          try {
            cost = estimateCost({
              schema: getSchema(),
              document,
              operationName: operationName ?? request.operationName ?? null,
              variables: request.variables ?? {},
            });
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
