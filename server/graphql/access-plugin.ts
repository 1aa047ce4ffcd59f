import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLSchema } from "graphql";
import { canSeeAccountability, requireRole } from "../context.ts";
import type { RequestContext } from "../context.ts";
import { AppError } from "../errors/index.ts";
import { findAccountabilityUse } from "./accountability-use.ts";
import { DocumentMemo, requestKey } from "./document-memo.ts";
import { toGraphQLError } from "./app-graphql-error.ts";

/**
 * Authorization of whole operations, once the operation is known and before anything runs: every operation
 * needs viewer, mutations (generated ones and importGraph) need editor, and a caller who may not see
 * accountability gets FORBIDDEN for any request that reads or filters on Party, owners, approvers or
 * assignees, wherever it is in the document or the variables. Party also carries an @authorization rule in
 * the SDL, so the library refuses it too.
 */
export function accessPlugin(getSchema: () => GraphQLSchema): ApolloServerPlugin<RequestContext> {
  const uses = new DocumentMemo<string[]>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document, request, queryHash, operationName }) {
          try {
            requireRole(contextValue, "viewer");
            if (operation?.operation === "mutation") requireRole(contextValue, "editor");
            if (operation?.operation === "subscription") {
              throw new AppError("BAD_USER_INPUT", "This server does not offer subscriptions.");
            }
            if (!canSeeAccountability(contextValue)) {
              const variables = request.variables ?? {};
              const find = () => findAccountabilityUse(getSchema(), document, variables);
              const key = queryHash && requestKey({ queryHash, operationName, variables, owner: request });
              const used = uses.get(key || undefined, find);
              if (used.length > 0) {
                throw new AppError(
                  "FORBIDDEN",
                  `Accountability data (owners, approvers, assignees, Party) needs the auditor, editor or admin role; ` +
                    `this request uses ${used.slice(0, 5).join(", ")}${used.length > 5 ? ", ..." : ""}.`,
                  { details: { uses: used, required: "auditor" } },
                );
              }
            }
          } catch (error) {
            throw error instanceof AppError ? toGraphQLError(error) : error;
          }
        },
      };
    },
  };
}
