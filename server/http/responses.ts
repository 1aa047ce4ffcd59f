import type { ServerResponse } from "node:http";
import type { AppError } from "../errors/index.ts";
import { HTTP_STATUS } from "../errors/index.ts";

/** Writes a JSON body with the given status. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
    ...headers,
  });
  res.end(text);
}

/** A GraphQL-shaped error response for failures before GraphQL runs (body too large, token rejected...). */
export function sendGraphQLError(
  res: ServerResponse,
  error: AppError,
  options: { status?: number; headers?: Record<string, string> } = {},
): void {
  sendJson(
    res,
    options.status ?? HTTP_STATUS[error.code],
    {
      errors: [
        {
          message: error.message,
          extensions: { code: error.code, ...(error.details ? { details: error.details } : {}) },
        },
      ],
    },
    options.headers,
  );
}
