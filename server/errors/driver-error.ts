import { AppError, isAppError } from "./app-error.ts";

/** What a neo4j-driver error looks like from outside (its class is not needed to classify it). */
interface DriverLikeError {
  code?: unknown;
  message?: unknown;
  name?: unknown;
}

const UNAVAILABLE_CODES = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.ClientError.Database.DatabaseNotFound",
]);
const AUTH_CODES = new Set([
  "Neo.ClientError.Security.Unauthorized",
  "Neo.ClientError.Security.AuthenticationRateLimit",
  "Neo.ClientError.Security.CredentialsExpired",
]);
const TIMEOUT_CODES = new Set([
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
  "Neo.TransientError.Transaction.LockClientStopped",
]);

/**
 * The one place where neo4j-driver errors become AppErrors. `target` names the database (URI) so that the
 * message says which server could not be reached.
 */
export function fromDriverError(error: unknown, target = "Neo4j"): AppError {
  if (isAppError(error)) return error;
  const e = (error ?? {}) as DriverLikeError;
  const code = typeof e.code === "string" ? e.code : "";
  const message = typeof e.message === "string" ? e.message : String(error);
  // Errno names as whole words and case as Node writes them: "ProcedureNotFound" is not ENOTFOUND.
  const looksLikeNetwork =
    /\b(ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENOTFOUND|ETIMEDOUT)\b/.test(message) ||
    /socket|Could not perform discovery|connection/i.test(`${code} ${message}`);
  if (UNAVAILABLE_CODES.has(code) || (looksLikeNetwork && !AUTH_CODES.has(code))) {
    return new AppError("DB_UNAVAILABLE", `The database at ${target} is unavailable: ${message}`, {
      cause: error,
    });
  }
  if (AUTH_CODES.has(code)) {
    return new AppError(
      "DB_AUTH_FAILED",
      `Neo4j at ${target} refused the credentials (check NEO4J_USER and NEO4J_PASSWORD): ${message}`,
      { cause: error },
    );
  }
  if (TIMEOUT_CODES.has(code)) {
    return new AppError("DB_TIMEOUT", `The query ran past its time limit and was stopped: ${message}`, {
      cause: error,
    });
  }
  if (code === "Neo.ClientError.Statement.ArgumentError") {
    return new AppError("BAD_USER_INPUT", `Neo4j refused an argument: ${message}`, { cause: error });
  }
  // A date or time argument Neo4j cannot parse (the GraphQL scalars let any string through to the database).
  if (code === "Neo.ClientError.Statement.SyntaxError" && TEMPORAL_VALUE.test(message)) {
    return new AppError(
      "BAD_USER_INPUT",
      `A date or time value is not valid (${firstLine(message)}). Use ISO 8601, e.g. 2026-11-23 or 2026-11-23T09:30:00Z.`,
      { cause: error },
    );
  }
  if (code === "Neo.ClientError.Schema.ConstraintValidationFailed") {
    return new AppError(
      "VALIDATION_FAILED",
      `The write breaks a database constraint (e.g. an id that already exists): ${message}`,
      {
        cause: error,
      },
    );
  }
  if (code.startsWith("Neo.TransientError")) {
    return new AppError("DB_UNAVAILABLE", `Neo4j at ${target} is temporarily unable to answer: ${message}`, {
      cause: error,
    });
  }
  return new AppError("INTERNAL", `Neo4j error ${code || "(no code)"}: ${message}`, { cause: error });
}

const TEMPORAL_VALUE =
  /cannot be parsed to a (Date|DateTime|LocalDateTime|Time|LocalTime|Duration)|^Invalid value for \w+ \(valid values/;

function firstLine(text: string): string {
  return (text.split("\n")[0] ?? text).trim();
}
