import { ERROR_CODES } from "../../../server/errors/index.ts";

/**
 * What every /graphql response must be, whatever was sent: not a 5xx, a JSON body, and either data without
 * errors or errors that each carry a message and a known `extensions.code` other than INTERNAL (an INTERNAL
 * error means the server failed to classify what went wrong).
 */
export interface CheckedResponse {
  /** Why the response is not acceptable, or undefined when it is. */
  problem?: string;
  /** The codes of the errors (empty when the request succeeded). */
  codes: string[];
}

const KNOWN = new Set<string>(ERROR_CODES);

export function checkResponse(status: number, text: string): CheckedResponse {
  if (status >= 500) return { problem: `HTTP ${status}`, codes: [] };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { problem: `HTTP ${status} with a body that is not JSON: ${text.slice(0, 120)}`, codes: [] };
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return { problem: "body is not a JSON object", codes: [] };
  }
  const { data, errors } = body as { data?: unknown; errors?: unknown };
  if (errors === undefined) {
    if (typeof data !== "object" || data === null) return { problem: "neither data nor errors", codes: [] };
    if (status !== 200) return { problem: `HTTP ${status} without errors`, codes: [] };
    return { codes: [] };
  }
  if (!Array.isArray(errors) || errors.length === 0)
    return { problem: "errors is not a non-empty list", codes: [] };
  const codes: string[] = [];
  for (const error of errors as { message?: unknown; extensions?: { code?: unknown } }[]) {
    const code = error?.extensions?.code;
    if (typeof error?.message !== "string") return { problem: "an error without a message", codes };
    if (typeof code !== "string" || !KNOWN.has(code)) {
      return { problem: `an error without a known code: ${JSON.stringify(error).slice(0, 200)}`, codes };
    }
    codes.push(code);
    if (code === "INTERNAL") return { problem: `INTERNAL: ${error.message}`, codes };
    if (JSON.stringify(error).match(/\bat [^ ]+\.(ts|js):\d+/))
      return { problem: "a stack trace in an error", codes };
  }
  return { codes };
}
