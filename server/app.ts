import { randomBytes } from "node:crypto";
import { createServer as createHttpServer } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import type { Driver } from "neo4j-driver";
import { createTokenVerifier, signToken } from "./auth/index.ts";
import type { ServerConfig } from "./config.ts";
import { AppError } from "./errors/index.ts";
import { buildRequestContext, createApollo } from "./graphql/index.ts";
import {
  createConcurrencyGate,
  createPendingBodies,
  handleGraphQL,
  holdIdleConnection,
  isAllowedHost,
  sendGraphQLError,
  sendJson,
  serveClient,
} from "./http/index.ts";
import type { GraphQLHandlerDeps } from "./http/index.ts";
import { createLogger } from "./logger.ts";
import type { Logger } from "./logger.ts";
import { instrumentDriver } from "./instrument-driver.ts";
import { createMetrics } from "./metrics.ts";
import type { Metrics } from "./metrics.ts";
import { checkReadiness } from "./readiness.ts";
import { importGraphResolvers, loadTraceabilityResolvers } from "./resolvers/index.ts";
import { buildSchema } from "./schema/index.ts";
import { warmEstateSnapshots } from "./traceability/index.ts";
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
 * caller's: close() stops HTTP and Apollo, not the driver. Over 80 lines because it is the wiring, in start-up
 * order (schema, Apollo, HTTP, listen, close); each part it wires lives in its own folder.
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
  // The printed local token lives 8 h, or JWT_MAX_TTL when that is shorter (the verifier refuses longer ones).
  const localTokenSeconds = Math.min(8 * 3600, config.jwt.maxTtlSeconds);
  const localEditorToken = localSecret
    ? await signToken({
        secret: localSecret,
        roles: ["editor"],
        subject: "local-developer",
        expiresIn: localTokenSeconds,
        ...(config.jwt.issuer ? { issuer: config.jwt.issuer } : {}),
        ...(config.jwt.audience ? { audience: config.jwt.audience } : {}),
      })
    : undefined;

  const state: HandlerState = {
    config,
    driver,
    database: options.database,
    apollo,
    schema,
    verify,
    metrics,
    logger,
    pendingBodies: createPendingBodies(config.limits.maxPendingBodiesPerClient),
    gate: createConcurrencyGate({
      max: config.limits.maxConcurrentRequests,
      queue: config.limits.maxQueuedRequests,
      waitMs: config.limits.queueWaitMs,
    }),
    clientDir: options.clientDir ?? DEFAULT_CLIENT_DIR,
    clientMiddleware: options.clientMiddleware,
  };
  // Node checks its own timeouts only every connectionsCheckingInterval; the body deadline itself is in readBody.
  const server = createHttpServer(
    {
      headersTimeout: config.limits.headersTimeoutMs,
      requestTimeout: Math.max(config.queryTimeoutMs * 2, 30_000, config.limits.headersTimeoutMs),
      connectionsCheckingInterval: Math.min(config.limits.headersTimeoutMs, 5000),
    },
    (req, res) => {
      // Every route (GraphQL, probes, metrics, the client's files): a kept-alive connection is never closed by
      // the server just as a client reuses it (see http/hold-idle-connection.ts).
      holdIdleConnection(req, res);
      handle(state, req, res).catch((error: unknown) => {
        logger.error("request failed", { error: error instanceof Error ? error.message : String(error) });
        if (!res.headersSent) sendGraphQLError(res, new AppError("INTERNAL", "Internal server error."));
        else res.destroy();
      });
    },
  );
  await new Promise<void>((resolveListen, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => resolveListen());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}`;
  logger.info("server listening", { url, graphql: `${url}/graphql`, production: config.production });
  if (config.snapshotWarmup) warmUp(state);
  if (localEditorToken) {
    logger.info(
      `local mode: anonymous requests are viewers; send this editor token (${localTokenSeconds / 3600} h) as 'Authorization: Bearer <token>' to write`,
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

interface HandlerState extends GraphQLHandlerDeps {
  logger: Logger;
  clientDir: string;
  clientMiddleware: CreateServerOptions["clientMiddleware"];
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
  if (!isAllowedHost(req.headers.host, state.config.allowedHosts)) {
    req.resume();
    return sendGraphQLError(
      res,
      new AppError(
        "FORBIDDEN",
        `This server does not answer to the host "${(req.headers.host ?? "").slice(0, 100)}"; add it to ALLOWED_HOSTS to allow it.`,
        { details: { reason: "HOST_NOT_ALLOWED" } },
      ),
      { status: 421 },
    );
  }
  switch (route) {
    case "/healthz":
      return sendJson(res, 200, { status: "ok" });
    case "/readyz": {
      const readiness = await checkReadiness(state.driver, state.database, 3000, state.logger);
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

function routeOf(pathname: string): string {
  const trimmed = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  return ["/healthz", "/readyz", "/metrics", "/graphql"].includes(trimmed) ? trimmed : "static";
}

function methodLabel(method: string | undefined): string {
  return ["GET", "POST", "HEAD", "OPTIONS", "PUT", "DELETE", "PATCH"].includes(method ?? "")
    ? (method as string)
    : "OTHER";
}

/**
 * Computes the whole-estate answers in the background once the server listens (SNAPSHOT_WARMUP), as a
 * viewer would ask for them; a failure only means the first request computes them instead.
 */
function warmUp(state: HandlerState): void {
  const ctx = buildRequestContext({
    driver: state.driver,
    database: state.database,
    caller: { roles: ["viewer"], claims: { roles: ["viewer"] } },
    queryTimeoutMs: state.config.queryTimeoutMs,
    requestId: "snapshot-warm-up",
  });
  warmEstateSnapshots(ctx).then(
    (ms) => state.logger.info("whole-estate answers computed", { ms: Math.round(ms) }),
    (error: unknown) =>
      state.logger.warn("whole-estate warm-up failed: the first request computes them", {
        error: error instanceof Error ? error.message : String(error),
      }),
  );
}
