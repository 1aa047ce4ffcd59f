import {
  envBoolean,
  envDuration,
  envInteger,
  envList,
  envOneOf,
  envText,
  envUrl,
  invalidEnv,
} from "./env.ts";

export const LOG_LEVELS = ["debug", "info", "warn", "error", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** NODE_ENV values that mean "a developer's machine or a test run"; anything else is production. */
export const LOCAL_NODE_ENVS = ["development", "test"] as const;

/** Host names a local-mode server answers to unless ALLOWED_HOSTS says otherwise (DNS rebinding guard). */
export const LOCAL_ALLOWED_HOSTS = ["localhost", "*.localhost", "127.0.0.1", "[::1]"] as const;

export interface ServerConfig {
  port: number;
  host: string;
  logLevel: LogLevel;
  /**
   * Anything but NODE_ENV unset, development or test: every request needs a valid token, JWT_AUDIENCE and a
   * key are required, introspection is off unless enabled.
   */
  production: boolean;
  nodeEnv: string;
  jwt: JwtConfig;
  introspection: boolean;
  /**
   * Budget of the answer cache (JSON bytes of the kept answers; graphql/answer-cache.ts); 0 turns it off.
   */
  answerCacheBytes: number;
  /** Compute the whole-estate answers (coverage, broken chains, overview) in the background at start. */
  snapshotWarmup: boolean;
  /**
   * Host names (and `*.suffix` patterns) the server answers to; undefined answers to any. Local mode defaults
   * to the loopback names so that a web page cannot reach a developer's instance through DNS rebinding.
   */
  allowedHosts: readonly string[] | undefined;
  limits: RequestLimits;
  /** Neo4j transaction timeout for each query a request runs. */
  queryTimeoutMs: number;
}

export interface JwtConfig {
  /** HS256 shared secret (at least 32 characters). */
  secret?: string;
  /** URL of a JSON Web Key Set (RS256/ES256 tokens from an identity provider). */
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
  /** Longest accepted token lifetime (exp - iat, or exp - now without iat), in seconds. */
  maxTtlSeconds: number;
  /** Clock difference tolerated when checking exp, nbf and iat, in seconds. */
  clockSkewSeconds: number;
}

export interface RequestLimits {
  maxBodyBytes: number;
  /** Time a client has to send the whole body once its headers are in. */
  bodyTimeoutMs: number;
  /** Time a client has to send the request headers. */
  headersTimeoutMs: number;
  /** Requests of one client address whose body is still arriving; the oldest is cut beyond this. */
  maxPendingBodiesPerClient: number;
  /** Items in one list of a variable or an argument (e.g. an `in` filter). */
  maxListItems: number;
  /** Characters in one string of a variable or an argument (filters, search text). */
  maxStringLength: number;
  /** JSON size of the variables, JSON-typed ones (importGraph's document) aside. */
  maxVariablesBytes: number;
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxTokens: number;
  maxConcurrentRequests: number;
  /** Requests of one pool waiting for a slot when all are taken; beyond, 503 at once. */
  maxQueuedRequests: number;
  /** How long a request waits in line for a slot before it gets 503. */
  queueWaitMs: number;
}

/** Every variable the server reads, its default and meaning (the README's configuration table). */
export const SERVER_ENV_DEFAULTS = {
  PORT: "4000",
  HOST: "127.0.0.1",
  LOG_LEVEL: "info",
  NODE_ENV: "development",
  ALLOWED_HOSTS: "localhost, *.localhost, 127.0.0.1, [::1] in local mode; any in production",
  JWT_MAX_TTL: "12h",
  JWT_CLOCK_SKEW: "60s",
  GRAPHQL_INTROSPECTION: "true in local mode, false in production",
  SNAPSHOT_WARMUP: "true",
  ANSWER_CACHE_MB: "64",
  MAX_BODY_BYTES: "2097152",
  BODY_TIMEOUT_MS: "5000",
  HEADERS_TIMEOUT_MS: "10000",
  MAX_PENDING_BODIES_PER_CLIENT: "16",
  MAX_LIST_ITEMS: "1000",
  MAX_STRING_LENGTH: "1000",
  MAX_VARIABLES_BYTES: "102400",
  MAX_DEPTH: "12",
  MAX_COST: "20000",
  MAX_ALIASES: "30",
  MAX_TOKENS: "4000",
  MAX_CONCURRENT_REQUESTS: "32",
  MAX_QUEUED_REQUESTS: "32",
  QUEUE_WAIT_MS: "1000",
  QUERY_TIMEOUT_MS: "NEO4J_QUERY_TIMEOUT_MS, else 10000",
} as const;

/**
 * Reads the server configuration. Any invalid value throws CONFIG_INVALID naming the variable and what is
 * allowed. Production (any NODE_ENV but unset, development or test) fails closed: it needs JWT_SECRET or
 * JWT_JWKS_URL, and JWT_AUDIENCE.
 */
export function readServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const nodeEnv = envText(env, "NODE_ENV") ?? "development";
  const production = !(LOCAL_NODE_ENVS as readonly string[]).includes(nodeEnv);
  const jwt: JwtConfig = {
    secret: envText(env, "JWT_SECRET"),
    jwksUrl: envUrl(env, "JWT_JWKS_URL") ?? envUrl(env, "JWKS_URL"),
    issuer: envText(env, "JWT_ISSUER"),
    audience: envText(env, "JWT_AUDIENCE"),
    maxTtlSeconds: envDuration(env, "JWT_MAX_TTL", 12 * 3600, 60, 30 * 86_400),
    clockSkewSeconds: envDuration(env, "JWT_CLOCK_SKEW", 60, 0, 600),
  };
  if (jwt.secret !== undefined && jwt.secret.length < 32) {
    throw invalidEnv("JWT_SECRET", "must be at least 32 characters long (HS256 needs a 256-bit key)");
  }
  if (production && jwt.secret === undefined && jwt.jwksUrl === undefined) {
    throw invalidEnv(
      "JWT_SECRET",
      `is required in production (NODE_ENV="${nodeEnv}"; only unset, development or test run in local mode): an HS256 secret of 32+ characters, unless JWT_JWKS_URL names an identity provider's key set`,
    );
  }
  if (production && jwt.audience === undefined) {
    throw invalidEnv(
      "JWT_AUDIENCE",
      `is required in production (NODE_ENV="${nodeEnv}"): the "aud" every accepted token must carry, so that tokens the identity provider issues for other applications are refused`,
    );
  }
  const allowedHosts = envList(env, "ALLOWED_HOSTS");
  return {
    port: envInteger(env, "PORT", 4000, 0, 65535),
    host: envText(env, "HOST") ?? "127.0.0.1",
    logLevel: envOneOf(env, "LOG_LEVEL", LOG_LEVELS, "info"),
    production,
    nodeEnv,
    jwt,
    introspection: envBoolean(env, "GRAPHQL_INTROSPECTION", !production),
    snapshotWarmup: envBoolean(env, "SNAPSHOT_WARMUP", true),
    answerCacheBytes: envInteger(env, "ANSWER_CACHE_MB", 64, 0, 65_536) * 1024 * 1024,
    allowedHosts:
      allowedHosts?.includes("*") === true
        ? undefined
        : (allowedHosts?.map((h) => h.toLowerCase()) ?? (production ? undefined : LOCAL_ALLOWED_HOSTS)),
    limits: {
      maxBodyBytes: envInteger(env, "MAX_BODY_BYTES", 2 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
      bodyTimeoutMs: envInteger(env, "BODY_TIMEOUT_MS", 5000, 100, 600_000),
      headersTimeoutMs: envInteger(env, "HEADERS_TIMEOUT_MS", 10_000, 100, 600_000),
      maxPendingBodiesPerClient: envInteger(env, "MAX_PENDING_BODIES_PER_CLIENT", 16, 1, 100_000),
      maxListItems: envInteger(env, "MAX_LIST_ITEMS", 1000, 1, 1_000_000),
      maxStringLength: envInteger(env, "MAX_STRING_LENGTH", 1000, 1, 10_000_000),
      maxVariablesBytes: envInteger(env, "MAX_VARIABLES_BYTES", 100 * 1024, 64, 1024 * 1024 * 1024),
      maxDepth: envInteger(env, "MAX_DEPTH", 12, 1, 100),
      maxCost: envInteger(env, "MAX_COST", 20_000, 1, 10_000_000),
      maxAliases: envInteger(env, "MAX_ALIASES", 30, 0, 10_000),
      maxTokens: envInteger(env, "MAX_TOKENS", 4000, 10, 1_000_000),
      maxConcurrentRequests: envInteger(env, "MAX_CONCURRENT_REQUESTS", 32, 1, 100_000),
      maxQueuedRequests: envInteger(env, "MAX_QUEUED_REQUESTS", 32, 0, 100_000),
      queueWaitMs: envInteger(env, "QUEUE_WAIT_MS", 1000, 1, 60_000),
    },
    // One knob for every Neo4j transaction a request runs; server/db reads NEO4J_QUERY_TIMEOUT_MS for the same.
    queryTimeoutMs: envInteger(
      env,
      env.QUERY_TIMEOUT_MS ? "QUERY_TIMEOUT_MS" : "NEO4J_QUERY_TIMEOUT_MS",
      10_000,
      100,
      3_600_000,
    ),
  };
}
