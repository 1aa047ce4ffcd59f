import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
import { mark } from "../perf-marks.ts";

/** An error the server reported (its `extensions.code`) or the network failed with. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Any failure as an ApiError: the server's and the network's pass through, anything else is INTERNAL. */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError("INTERNAL", error instanceof Error ? error.message : String(error));
}

const TOKEN_KEY = "it4it-explorer-token";

/** The bearer token the user pasted (e.g. an auditor's), kept for the browser session only. */
export function getToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function setToken(token: string | null): void {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

/**
 * Sends one generated operation (client/src/api/generated/operations.ts: its text and its result and variable
 * types) to /graphql as JSON, so the server's CSRF prevention accepts it, and returns its data typed; or throws
 * an ApiError with the server's code and message. Aborting the signal drops the response.
 */
export async function graphql<T, V>(
  document: DocumentTypeDecoration<T, V> & { toString(): string },
  variables: V,
  signal?: AbortSignal,
): Promise<T> {
  const token = getToken();
  let response: Response;
  mark("explorer:fetch-start");
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: document.toString(), variables }),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new ApiError("NETWORK", "The explorer's server cannot be reached. Is it running?");
  }
  let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    const text = await response.text();
    mark("explorer:fetch-end");
    body = JSON.parse(text) as typeof body;
    mark("explorer:parsed");
  } catch {
    throw new ApiError(
      `HTTP_${response.status}`,
      `The server answered ${response.status} without a GraphQL body.`,
    );
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.extensions?.code ?? "INTERNAL", first.message);
  if (!body.data) throw new ApiError("INTERNAL", "The server answered without data.");
  return body.data;
}
