import { AppError } from "./errors/index.ts";

export const LOG_LEVELS = ["debug", "info", "warn", "error", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Where and how the HTTP/GraphQL server runs. Read only from environment variables, with local defaults. */
export interface ServerConfig {
  port: number;
  host: string;
  logLevel: LogLevel;
  /** NODE_ENV=production: every request needs a valid token, introspection off unless enabled. */
  production: boolean;
  nodeEnv: string;
  jwt: JwtConfig;
  introspection: boolean;
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
}

export interface RequestLimits {
  maxBodyBytes: number;
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxTokens: number;
  maxConcurrentRequests: number;
}

/** Every variable the server reads, its default and meaning (the README's configuration table). */
export const SERVER_ENV_DEFAULTS = {
  PORT: "4000",
  HOST: "127.0.0.1",
  LOG_LEVEL: "info",
  NODE_ENV: "development",
  GRAPHQL_INTROSPECTION: "true unless NODE_ENV=production",
  MAX_BODY_BYTES: "2097152",
  MAX_DEPTH: "12",
  MAX_COST: "20000",
  MAX_ALIASES: "30",
  MAX_TOKENS: "4000",
  MAX_CONCURRENT_REQUESTS: "32",
  QUERY_TIMEOUT_MS: "NEO4J_QUERY_TIMEOUT_MS, else 10000",
} as const;

/**
 * Reads the server configuration. Any invalid value throws CONFIG_INVALID naming the variable and what is
 * allowed; in production a JWT_SECRET or JWT_JWKS_URL is required.
 */
export function readServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const nodeEnv = text(env, "NODE_ENV") ?? "development";
  const production = nodeEnv === "production";
  const jwt: JwtConfig = {
    secret: text(env, "JWT_SECRET"),
    jwksUrl: url(env, "JWT_JWKS_URL") ?? url(env, "JWKS_URL"),
    issuer: text(env, "JWT_ISSUER"),
    audience: text(env, "JWT_AUDIENCE"),
  };
  if (jwt.secret !== undefined && jwt.secret.length < 32) {
    throw invalid("JWT_SECRET", "must be at least 32 characters long (HS256 needs a 256-bit key)");
  }
  if (production && jwt.secret === undefined && jwt.jwksUrl === undefined) {
    throw invalid(
      "JWT_SECRET",
      "is required when NODE_ENV=production (an HS256 secret of 32+ characters), unless JWT_JWKS_URL names an identity provider's key set",
    );
  }
  return {
    port: integer(env, "PORT", 4000, 0, 65535),
    host: text(env, "HOST") ?? "127.0.0.1",
    logLevel: oneOf(env, "LOG_LEVEL", LOG_LEVELS, "info"),
    production,
    nodeEnv,
    jwt,
    introspection: boolean(env, "GRAPHQL_INTROSPECTION", !production),
    limits: {
      maxBodyBytes: integer(env, "MAX_BODY_BYTES", 2 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
      maxDepth: integer(env, "MAX_DEPTH", 12, 1, 100),
      maxCost: integer(env, "MAX_COST", 20_000, 1, 10_000_000),
      maxAliases: integer(env, "MAX_ALIASES", 30, 0, 10_000),
      maxTokens: integer(env, "MAX_TOKENS", 4000, 10, 1_000_000),
      maxConcurrentRequests: integer(env, "MAX_CONCURRENT_REQUESTS", 32, 1, 100_000),
    },
    // One knob for every Neo4j transaction a request runs; server/db reads NEO4J_QUERY_TIMEOUT_MS for the same.
    queryTimeoutMs: integer(
      env,
      env.QUERY_TIMEOUT_MS ? "QUERY_TIMEOUT_MS" : "NEO4J_QUERY_TIMEOUT_MS",
      10_000,
      100,
      3_600_000,
    ),
  };
}

function invalid(name: string, problem: string, value?: string): AppError {
  const got = value === undefined ? "" : ` (got "${value}")`;
  return new AppError("CONFIG_INVALID", `Environment variable ${name} ${problem}${got}.`, {
    details: { variable: name },
  });
}

function text(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === "" ? undefined : value;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const value = text(env, name);
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) {
    throw invalid(name, `must be a whole number from ${min} to ${max}`, value);
  }
  return n;
}

function boolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = text(env, name)?.toLowerCase();
  if (value === undefined) return fallback;
  if (value === "true" || value === "1") return true;
  if (value === "false" || value === "0") return false;
  throw invalid(name, "must be true or false", value);
}

function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, values: readonly T[], fallback: T): T {
  const value = text(env, name)?.toLowerCase();
  if (value === undefined) return fallback;
  if ((values as readonly string[]).includes(value)) return value as T;
  throw invalid(name, `must be one of ${values.join(", ")}`, value);
}

function url(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = text(env, name);
  if (value === undefined) return undefined;
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
    throw invalid(name, "must be an http(s) URL", value);
  }
  return value;
}
