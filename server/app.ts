import { randomBytes, randomUUID } from "node:crypto";
import { createServer as createHttpServer } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { HeaderMap } from "@apollo/server";
import type { ApolloServer } from "@apollo/server";
import type { Driver } from "neo4j-driver";
import { authenticate, createTokenVerifier, signToken } from "./auth/index.ts";
import type { TokenVerifier } from "./auth/index.ts";
import type { ServerConfig } from "./config.ts";
import type { RequestContext } from "./context.ts";
import { AppError, isAppError } from "./errors/index.ts";
import { createApollo } from "./graphql/create-apollo.ts";
import { checkTokenLimit } from "./graphql/token-limit.ts";
import { BodyTooLargeError, readBody } from "./http/read-body.ts";
import { sendGraphQLError, sendJson } from "./http/responses.ts";
import { serveClient } from "./http/static-client.ts";
import { createLogger } from "./logger.ts";
import type { Logger } from "./logger.ts";
import { instrumentDriver } from "./instrument-driver.ts";
import { createMetrics } from "./metrics.ts";
import type { Metrics } from "./metrics.ts";
import { checkReadiness } from "./readiness.ts";
import { importGraphResolvers } from "./resolvers/import-graph.ts";
import { loadTraceabilityResolvers } from "./resolvers/traceability.ts";
import { buildSchema } from "./schema/index.ts";
import type { ResolverMap } from "./schema/index.ts";

export interface CreateServerOptions {
  config: ServerConfig;
  driver: Driver;
  database?: string;
  logger?: Logger;
  /** Built client to serve at / (default dist/client). */
  clientDir?: string;
  /** Serves every non-API request instead of the built client (e.g. Vite's dev middleware for `npm run dev`). */
  clientMiddleware?: (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
  /** Replace the traceability / import resolvers (tests); defaults load server/traceability and seed/. */
  resolvers?: readonly ResolverMap[];
}

export interface RunningServer {
  url: string;
  port: number;
  /** Milliseconds @neo4j/graphql took to build the augmented schema. */
  schemaBuildMs: number;
  /** Set in local mode without JWT_SECRET: an editor token signed with this process's generated secret. */
  localEditorToken?: string;
  metrics: Metrics;
  close(): Promise<void>;
}

const DEFAULT_CLIENT_DIR = fileURLToPath(new URL("../dist/client", import.meta.url));

/**
 * The HTTP server: GraphQL at /graphql (Apollo Server + the @neo4j/graphql schema + traceability and import
 * resolvers), /healthz, /readyz, /metrics, and the built client at / with SPA fallback. The driver is the
 * caller's: close() stops HTTP and Apollo, not the driver.
 */
export async function createServer(options: CreateServerOptions): Promise<RunningServer> {
  const { config } = options;
  const logger = options.logger ?? createLogger(config.logLevel);
  const metrics = createMetrics();
  const driver = instrumentDriver(options.driver, metrics);
  const resolvers = options.resolvers ?? [loadTraceabilityResolvers(), importGraphResolvers()];
  const { schema, buildMs } = await buildSchema({ driver, resolvers });
  logger.info("schema built", { buildMs });
  const apollo = await createApollo({ schema, config, metrics, logger });

  const localSecret =
    config.jwt.secret === undefined && config.jwt.jwksUrl === undefined
      ? randomBytes(32).toString("hex")
      : undefined;
  const verify = createTokenVerifier({ ...config.jwt, ...(localSecret ? { secret: localSecret } : {}) });
  const localEditorToken = localSecret
    ? await signToken({
        secret: localSecret,
        roles: ["editor"],
        subject: "local-developer",
        expiresIn: "8h",
        ...(config.jwt.issuer ? { issuer: config.jwt.issuer } : {}),
        ...(config.jwt.audience ? { audience: config.jwt.audience } : {}),
      })
    : undefined;

  const state: HandlerState = {
    config,
    driver,
    database: options.database,
    apollo,
    verify,
    metrics,
    logger,
    clientDir: options.clientDir ?? DEFAULT_CLIENT_DIR,
    clientMiddleware: options.clientMiddleware,
    inFlight: 0,
  };
  const server = createHttpServer((req, res) => {
    handle(state, req, res).catch((error: unknown) => {
      logger.error("request failed", { error: error instanceof Error ? error.message : String(error) });
      if (!res.headersSent) sendGraphQLError(res, new AppError("INTERNAL", "Internal server error."));
      else res.destroy();
    });
  });
  server.requestTimeout = Math.max(config.queryTimeoutMs * 2, 30_000);
  await new Promise<void>((resolveListen, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => resolveListen());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}`;
  logger.info("server listening", { url, graphql: `${url}/graphql`, production: config.production });
  if (localEditorToken) {
    logger.info(
      "local mode: anonymous requests are viewers; send this editor token (8 h) as 'Authorization: Bearer <token>' to write",
      { editorToken: localEditorToken },
    );
  }

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    schemaBuildMs: buildMs,
    ...(localEditorToken ? { localEditorToken } : {}),
    metrics,
    close() {
      closing ??= (async () => {
        await new Promise<void>((done) => {
          server.close(() => done());
          server.closeAllConnections();
        });
        await apollo.stop();
      })();
      return closing;
    },
  };
}

interface HandlerState {
  config: ServerConfig;
  driver: Driver;
  database: string | undefined;
  apollo: ApolloServer<RequestContext>;
  verify: TokenVerifier;
  metrics: Metrics;
  logger: Logger;
  clientDir: string;
  clientMiddleware: CreateServerOptions["clientMiddleware"];
  inFlight: number;
}

async function handle(state: HandlerState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const pathname = new URL(req.url ?? "/", "http://localhost").pathname;
  const route = routeOf(pathname);
  res.on("finish", () => {
    state.metrics.httpRequests.inc({
      route,
      method: methodLabel(req.method),
      status: String(res.statusCode),
    });
  });
  switch (route) {
    case "/healthz":
      return sendJson(res, 200, { status: "ok" });
    case "/readyz": {
      const readiness = await checkReadiness(state.driver, state.database);
      return sendJson(res, readiness.ready ? 200 : 503, readiness.body);
    }
    case "/metrics": {
      const text = await state.metrics.registry.metrics();
      res.writeHead(200, { "content-type": state.metrics.registry.contentType });
      res.end(text);
      return;
    }
    case "/graphql":
      return handleGraphQL(state, req, res);
    default:
      if (state.clientMiddleware) {
        const middleware = state.clientMiddleware;
        return middleware(req, res, () => serveClient(req, res, state.clientDir));
      }
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8" });
        res.end("Method not allowed\n");
        return;
      }
      return serveClient(req, res, state.clientDir);
  }
}

async function handleGraphQL(state: HandlerState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { config, metrics } = state;
  if (state.inFlight >= config.limits.maxConcurrentRequests) {
    metrics.rejected.inc({ reason: "concurrency" });
    req.resume();
    return sendGraphQLError(
      res,
      new AppError(
        "LIMIT_EXCEEDED",
        `The server is handling ${config.limits.maxConcurrentRequests} requests already (MAX_CONCURRENT_REQUESTS); retry shortly.`,
        { details: { maxConcurrentRequests: config.limits.maxConcurrentRequests } },
      ),
      { status: 503, headers: { "retry-after": "1" } },
    );
  }
  state.inFlight += 1;
  metrics.inFlight.inc();
  try {
    const offered = headerValue(req.headers["x-request-id"]);
    const requestId = offered && /^[\w.:-]{1,100}$/.test(offered) ? offered : randomUUID();
    res.setHeader("x-request-id", requestId);
    let body: unknown = undefined;
    try {
      body =
        req.method === "POST" ? parseBody(await readBody(req, config.limits.maxBodyBytes), req) : undefined;
      const query =
        req.method === "POST"
          ? (body as { query?: unknown } | undefined)?.query
          : new URL(req.url ?? "/", "http://localhost").searchParams.get("query");
      checkTokenLimit(query, config.limits.maxTokens);
      const caller = await authenticate(headerValue(req.headers.authorization), {
        verify: state.verify,
        production: config.production,
      });
      const context = {
        driver: state.driver,
        ...(state.database ? { database: state.database } : {}),
        roles: caller.roles,
        ...(caller.subject ? { subject: caller.subject } : {}),
        queryTimeoutMs: config.queryTimeoutMs,
        requestId,
        // What @neo4j/graphql reads: the verified claims, where to run, and the transaction timeout.
        jwt: caller.claims,
        executionContext: state.driver,
        ...(state.database ? { sessionConfig: { database: state.database } } : {}),
        transaction: { timeout: config.queryTimeoutMs, metadata: { requestId } },
      } satisfies RequestContext & Record<string, unknown>;
      const response = await state.apollo.executeHTTPGraphQLRequest({
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
      if (error instanceof BodyTooLargeError) req.resume();
      const status = error instanceof BodyTooLargeError ? 413 : undefined;
      const headers: Record<string, string> =
        error.code === "UNAUTHENTICATED" ? { "www-authenticate": 'Bearer realm="it4it"' } : {};
      sendGraphQLError(res, error, { ...(status ? { status } : {}), headers });
    }
  } finally {
    state.inFlight -= 1;
    metrics.inFlight.dec();
  }
}

/** JSON bodies are parsed here so that invalid JSON gets a GraphQL-shaped error with a code. */
function parseBody(text: string, req: IncomingMessage): unknown {
  const type = headerValue(req.headers["content-type"]) ?? "";
  if (!/application\/(graphql-response\+)?json/i.test(type)) return text;
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("BAD_USER_INPUT", "The request body is not valid JSON.", {
      details: { reason: "INVALID_JSON" },
    });
  }
}

function toHeaderMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  return headers;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function routeOf(pathname: string): string {
  const trimmed = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  return ["/healthz", "/readyz", "/metrics", "/graphql"].includes(trimmed) ? trimmed : "static";
}

function methodLabel(method: string | undefined): string {
  return ["GET", "POST", "HEAD", "OPTIONS", "PUT", "DELETE", "PATCH"].includes(method ?? "")
    ? (method as string)
    : "OTHER";
}
