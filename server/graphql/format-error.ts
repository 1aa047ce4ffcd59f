import { GraphQLError } from "graphql";
import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { AppError, ERROR_CODES, fromDriverError, isAppError } from "../errors/index.ts";
import type { ErrorCode } from "../errors/index.ts";

/** graphql-armor rejections are GraphQLErrors whose message says which limit was hit. */
const LIMIT_MESSAGE =
  /^Syntax Error: (Query depth|Aliases|Query Cost|Directives|Token) limit of \d+ exceeded|^The operation selects introspection/;

/** Apollo's own codes for malformed requests; we report them as BAD_USER_INPUT with the original as reason. */
const REQUEST_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

/** Errors @neo4j/graphql raises, by class name. */
const LIBRARY_ERRORS: Readonly<Record<string, [ErrorCode, string]>> = {
  Neo4jGraphQLForbiddenError: ["FORBIDDEN", "Your roles do not allow this operation on these objects."],
  Neo4jGraphQLAuthenticationError: ["UNAUTHENTICATED", "This operation needs an authenticated caller."],
  Neo4jGraphQLConstraintValidationError: [
    "VALIDATION_FAILED",
    "The write breaks a database constraint (e.g. an object with this id already exists).",
  ],
  Neo4jGraphQLRelationshipValidationError: ["VALIDATION_FAILED", ""],
};

/**
 * Apollo `formatError`: every error leaves the server with a stable `extensions.code` from the AppError family
 * (plus `reason` where it refines it) and no stack trace. Unknown failures become INTERNAL with a generic message;
 * the real one is logged with the request id.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const located = {
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
  };
  const app = toAppError(original, formatted);
  return {
    // An INTERNAL error's own message may quote generated Cypher or driver internals: it is logged, never sent.
    message: app.code === "INTERNAL" ? INTERNAL_MESSAGE : app.message,
    ...located,
    extensions: {
      code: app.code,
      ...(app.details ? { details: app.details } : {}),
      ...(reasonOf(formatted) ? { reason: reasonOf(formatted) } : {}),
    },
  };
}

function reasonOf(formatted: GraphQLFormattedError): string | undefined {
  const code = formatted.extensions?.code;
  return typeof code === "string" && code !== "BAD_USER_INPUT" && REQUEST_CODES.has(code) ? code : undefined;
}

/** The AppError an error stands for. */
export function toAppError(error: unknown, formatted?: GraphQLFormattedError): AppError {
  const original = innermost(error);
  if (isAppError(original)) return original;
  const name = original instanceof Error ? original.name : "";
  const message = formatted?.message ?? (original instanceof Error ? original.message : String(original));
  const library = LIBRARY_ERRORS[name];
  if (library) return new AppError(library[0], library[1] || message);
  if (LIMIT_MESSAGE.test(message)) {
    return new AppError("LIMIT_EXCEEDED", `${message.replace(/^Syntax Error: /, "")} Simplify the query.`);
  }
  const code = formatted?.extensions?.code;
  if (typeof code === "string" && REQUEST_CODES.has(code)) return new AppError("BAD_USER_INPUT", message);
  if (isDriverError(original)) return fromDriverError(original);
  if (original instanceof GraphQLError) {
    const own = original.extensions.code;
    if (typeof own === "string" && (ERROR_CODES as readonly string[]).includes(own)) {
      return new AppError(own as ErrorCode, message);
    }
    // Raised by graphql-js or Apollo while reading the request (not by a resolver): the request is at fault.
    if (original.path === undefined && formatted?.path === undefined)
      return new AppError("BAD_USER_INPUT", message);
  }
  // @neo4j/graphql refuses a negative `first` on a connection with a plain Error.
  if (original instanceof Error && /^Argument "\w+" must be a non-negative integer$/.test(original.message)) {
    return new AppError("BAD_USER_INPUT", `${original.message}.`);
  }
  return new AppError("INTERNAL", INTERNAL_MESSAGE);
}

const INTERNAL_MESSAGE = "Internal server error; it has been logged with the request id.";

/** Follows `originalError` (GraphQLError wrapping) down to the error that was thrown first. */
function innermost(error: unknown): unknown {
  let current = error;
  for (let i = 0; i < 5; i++) {
    const inner = (current as { originalError?: unknown } | null)?.originalError;
    if (inner === undefined || inner === null || inner === current) break;
    current = inner;
  }
  return current;
}

function isDriverError(value: unknown): boolean {
  if (!(value instanceof Error)) return false;
  const code = (value as { code?: unknown }).code;
  return (
    value.name === "Neo4jError" ||
    (typeof code === "string" &&
      (code.startsWith("Neo.") || code === "ServiceUnavailable" || code === "SessionExpired"))
  );
}
