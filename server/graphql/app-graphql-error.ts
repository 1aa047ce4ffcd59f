import { GraphQLError } from "graphql";
import type { AppError } from "../errors/index.ts";
import { HTTP_STATUS } from "../errors/index.ts";

/**
 * An AppError as a GraphQLError for places where Apollo expects one (plugins): `extensions.code` is the
 * AppError code and `extensions.http.status` the status that ends the request.
 */
export function toGraphQLError(error: AppError): GraphQLError {
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: {
      code: error.code,
      ...(error.details ? { details: error.details } : {}),
      http: { status: HTTP_STATUS[error.code] },
    },
  });
}
