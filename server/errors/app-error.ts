/**
 * The product's closed family of errors. Every failure a person can act on is an AppError with a stable
 * `code` (surfaced as GraphQL `extensions.code`, CLI exit messages and HTTP bodies) and a message that says
 * what to do. Plain `throw new Error` is kept for "cannot happen".
 */
export const ERROR_CODES = [
  "NOT_FOUND",
  "BAD_USER_INPUT",
  "VALIDATION_FAILED",
  "DB_UNAVAILABLE",
  "DB_AUTH_FAILED",
  "DB_TIMEOUT",
  "MIGRATION_CHECKSUM_MISMATCH",
  "LIMIT_EXCEEDED",
  "FORBIDDEN",
  "UNAUTHENTICATED",
  "CONFIG_INVALID",
  "LOCAL_NEO4J_FAILED",
  "INTERNAL",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** HTTP status that goes with each code when the error ends a whole request (not a field). */
export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  VALIDATION_FAILED: 400,
  DB_UNAVAILABLE: 503,
  DB_AUTH_FAILED: 503,
  DB_TIMEOUT: 504,
  MIGRATION_CHECKSUM_MISMATCH: 500,
  LIMIT_EXCEEDED: 400,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  CONFIG_INVALID: 500,
  LOCAL_NEO4J_FAILED: 500,
  INTERNAL: 500,
};

export interface AppErrorOptions {
  /** Structured detail a client can use (argument name, allowed range, located validation problems...). */
  details?: Record<string, unknown>;
  cause?: unknown;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.details = options.details;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

export const notFound = (what: string, id: string): AppError =>
  new AppError("NOT_FOUND", `No ${what} with id "${id}" exists.`, { details: { id } });

export const badInput = (
  argument: string,
  message: string,
  details: Record<string, unknown> = {},
): AppError =>
  new AppError("BAD_USER_INPUT", `Argument "${argument}": ${message}`, { details: { argument, ...details } });

/** Checks an integer argument against an inclusive range, naming the argument and the range on failure. */
export function checkRange(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(argument, `must be an integer from ${min} to ${max}, got ${value}.`, { min, max, value });
  }
  return value;
}
