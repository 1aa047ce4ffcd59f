import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap } from "@apollo/server";
import type { ApolloServer } from "@apollo/server";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { authenticate } from "../auth/index.ts";
import type { TokenVerifier } from "../auth/index.ts";
import type { ServerConfig } from "../config.ts";
import { hasRole } from "../context.ts";
import type { RequestContext } from "../context.ts";
import { AppError, isAppError } from "../errors/index.ts";
import {
  buildRequestContext,
  checkInputLimits,
  checkScannedInput,
  checkTokenLimit,
} from "../graphql/index.ts";
import type { Metrics } from "../metrics.ts";
import { closeAfterRefusal } from "./close-after-refusal.ts";
import type { ConcurrencyGate } from "./concurrency.ts";
import { JsonBodyScanner } from "./json-body-scan.ts";
import type { PendingBodies } from "./pending-bodies.ts";
import { BodyTimeoutError, BodyTooLargeError, readBody } from "./read-body.ts";
import { headerValue } from "./request-headers.ts";
import { sendGraphQLError } from "./responses.ts";

export interface GraphQLHandlerDeps {
  config: ServerConfig;
  driver: Driver;
  database: string | undefined;
  apollo: ApolloServer<RequestContext>;
  schema: GraphQLSchema;
  verify: TokenVerifier;
  metrics: Metrics;
  pendingBodies: PendingBodies;
  gate: ConcurrencyGate;
}

/**
 * GraphQL over HTTP at /graphql, in the order that keeps a hostile request cheap: the token is verified (from
 * the headers), the body is read under its own deadline (BODY_TIMEOUT_MS) and per-client cap and measured
 * while it arrives, then the document's tokens and the input sizes are checked, and only then does the request
 * take one of MAX_CONCURRENT_REQUESTS slots (a pool for token-bearing callers and one for anonymous ones;
 * waiting in a short line when the pool is full) and go to Apollo. One function of about 80 lines because that order is the defence: it reads top to bottom.
 */
export async function handleGraphQL(
  deps: GraphQLHandlerDeps,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const { config, metrics } = deps;
  const offered = headerValue(req.headers["x-request-id"]);
  const requestId = offered && /^[\w.:-]{1,100}$/.test(offered) ? offered : randomUUID();
  res.setHeader("x-request-id", requestId);
  let release: (() => void) | undefined;
  try {
    // The token first (headers only): a refused caller costs no body reading, and only editors may send
    // free-form documents (importGraph), so everyone else's body is measured while it arrives.
    const authorization = headerValue(req.headers.authorization);
    const caller = await authenticate(authorization, { verify: deps.verify, production: config.production });
    const freeForm = hasRole(caller, "editor");
    const body =
      req.method === "POST" ? parseBody(await readRequestBody(deps, req, freeForm), req) : undefined;
    const params =
      req.method === "POST"
        ? ((body ?? {}) as Record<string, unknown>)
        : searchParams(new URL(req.url ?? "/", "http://localhost").searchParams);
    checkTokenLimit(params.query, config.limits.maxTokens);
    checkInputLimits(
      {
        schema: deps.schema,
        query: params.query,
        variables: params.variables,
        operationName: params.operationName,
        freeForm,
      },
      config.limits,
    );
    release = await deps.gate.enter(authorization?.trim() ? "authenticated" : "anonymous");
    if (!release) {
      metrics.rejected.inc({ reason: "concurrency" });
      return sendGraphQLError(
        res,
        new AppError(
          "LIMIT_EXCEEDED",
          `The server is handling ${config.limits.maxConcurrentRequests} requests already (MAX_CONCURRENT_REQUESTS) and no slot freed within ${config.limits.queueWaitMs} ms (QUEUE_WAIT_MS, at most ${config.limits.maxQueuedRequests} waiting: MAX_QUEUED_REQUESTS); retry shortly.`,
          {
            details: {
              maxConcurrentRequests: config.limits.maxConcurrentRequests,
              maxQueuedRequests: config.limits.maxQueuedRequests,
              queueWaitMs: config.limits.queueWaitMs,
            },
          },
        ),
        { status: 503, headers: { "retry-after": "1" } },
      );
    }
    metrics.inFlight.inc();
    const context = buildRequestContext({
      driver: deps.driver,
      database: deps.database,
      caller,
      queryTimeoutMs: config.queryTimeoutMs,
      requestId,
    });
    const response = await deps.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: (req.method ?? "GET").toUpperCase(),
        headers: toHeaderMap(req),
        search: new URL(req.url ?? "/", "http://localhost").search,
        body,
      },
      context: async () => context,
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") {
      res.end(response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  } catch (error) {
    if (!isAppError(error)) throw error;
    metrics.rejected.inc({ reason: error.code });
    metrics.graphqlErrors.inc({ code: error.code });
    sendRefusal(req, res, error, config.limits.bodyTimeoutMs);
  } finally {
    if (release) {
      release();
      metrics.inFlight.dec();
    }
  }
}

async function readRequestBody(
  deps: GraphQLHandlerDeps,
  req: IncomingMessage,
  freeForm: boolean,
): Promise<string> {
  const pending = deps.pendingBodies.start(req);
  const scanner =
    !freeForm && isJson(req)
      ? new JsonBodyScanner({
          items: deps.config.limits.maxListItems,
          string: deps.config.limits.maxStringLength,
        })
      : undefined;
  try {
    return await readBody(req, {
      maxBytes: deps.config.limits.maxBodyBytes,
      timeoutMs: deps.config.limits.bodyTimeoutMs,
      signal: pending.signal,
      onProgress: pending.progress,
      ...(scanner
        ? {
            inspect: (text: string) => {
              scanner.push(text);
              checkScannedInput(scanner, deps.config.limits);
            },
          }
        : {}),
    });
  } finally {
    pending.release();
  }
}

/**
 * An AppError before GraphQL ran. A slow body closes the connection. A refused body that has arrived whole
 * leaves the connection open for the client's next request; one that has not is answered with
 * `Connection: close` and its rest drained unread (so that the client reads the answer), within the body
 * deadline: a connection the client may reuse is never cut.
 */
function sendRefusal(req: IncomingMessage, res: ServerResponse, error: AppError, drainMs: number): void {
  const headers: Record<string, string> =
    error.code === "UNAUTHENTICATED" ? { "www-authenticate": 'Bearer realm="it4it"' } : {};
  if (error instanceof BodyTimeoutError) {
    sendGraphQLError(res, error, { status: 408, headers: { ...headers, connection: "close" } });
    res.once("finish", () => req.socket.destroy());
    return;
  }
  if (!req.complete) {
    closeAfterRefusal(req, drainMs);
    headers.connection = "close";
  }
  sendGraphQLError(res, error, { ...(error instanceof BodyTooLargeError ? { status: 413 } : {}), headers });
}

function isJson(req: IncomingMessage): boolean {
  return /application\/(graphql-response\+)?json/i.test(headerValue(req.headers["content-type"]) ?? "");
}

/** JSON bodies are parsed here so that invalid JSON gets a GraphQL-shaped error with a code. */
function parseBody(text: string, req: IncomingMessage): unknown {
  if (!isJson(req)) return text;
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("BAD_USER_INPUT", "The request body is not valid JSON.", {
      details: { reason: "INVALID_JSON" },
    });
  }
}

/** A GET request's GraphQL parameters; `variables` is JSON (Apollo reports it when it is not). */
function searchParams(params: URLSearchParams): Record<string, unknown> {
  let variables: unknown = undefined;
  try {
    variables = JSON.parse(params.get("variables") ?? "null") as unknown;
  } catch {
    variables = undefined;
  }
  return { query: params.get("query"), variables, operationName: params.get("operationName") };
}

function toHeaderMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  return headers;
}
