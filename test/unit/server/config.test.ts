import { describe, expect, it } from "vitest";
import { readServerConfig } from "../../../server/config.ts";
import { AppError } from "../../../server/errors/index.ts";

const SECRET = "s".repeat(32);

function configError(env: NodeJS.ProcessEnv): AppError {
  try {
    readServerConfig(env);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected CONFIG_INVALID");
}

describe("readServerConfig", () => {
  it("has local defaults", () => {
    const config = readServerConfig({});
    expect(config).toMatchObject({
      port: 4000,
      host: "127.0.0.1",
      logLevel: "info",
      production: false,
      introspection: true,
      queryTimeoutMs: 10_000,
      limits: { maxBodyBytes: 2_097_152, maxDepth: 12, maxCost: 20_000, maxAliases: 30, maxTokens: 4000 },
    });
    expect(config.limits.maxConcurrentRequests).toBe(32);
  });

  it("reads every variable", () => {
    const config = readServerConfig({
      PORT: "4102",
      HOST: "0.0.0.0",
      LOG_LEVEL: "debug",
      NODE_ENV: "production",
      JWT_SECRET: SECRET,
      JWT_ISSUER: "https://id.example",
      JWT_AUDIENCE: "it4it",
      GRAPHQL_INTROSPECTION: "true",
      MAX_BODY_BYTES: "4096",
      MAX_DEPTH: "5",
      MAX_COST: "100",
      MAX_ALIASES: "2",
      MAX_TOKENS: "300",
      MAX_CONCURRENT_REQUESTS: "3",
      QUERY_TIMEOUT_MS: "2000",
    });
    expect(config).toMatchObject({
      port: 4102,
      host: "0.0.0.0",
      logLevel: "debug",
      production: true,
      introspection: true,
      jwt: { secret: SECRET, issuer: "https://id.example", audience: "it4it" },
      limits: {
        maxBodyBytes: 4096,
        maxDepth: 5,
        maxCost: 100,
        maxAliases: 2,
        maxTokens: 300,
        maxConcurrentRequests: 3,
      },
      queryTimeoutMs: 2000,
    });
  });

  it("takes the query timeout from NEO4J_QUERY_TIMEOUT_MS when QUERY_TIMEOUT_MS is unset", () => {
    expect(readServerConfig({ NEO4J_QUERY_TIMEOUT_MS: "3000" }).queryTimeoutMs).toBe(3000);
    expect(
      readServerConfig({ NEO4J_QUERY_TIMEOUT_MS: "3000", QUERY_TIMEOUT_MS: "4000" }).queryTimeoutMs,
    ).toBe(4000);
  });

  it("turns introspection off in production unless enabled", () => {
    expect(
      readServerConfig({ NODE_ENV: "production", JWT_SECRET: SECRET, JWT_AUDIENCE: "it4it" }).introspection,
    ).toBe(false);
  });

  it("accepts a JWKS URL instead of a secret in production", () => {
    const config = readServerConfig({
      NODE_ENV: "production",
      JWT_JWKS_URL: "https://id.example/jwks.json",
      JWT_AUDIENCE: "it4it",
    });
    expect(config.jwt.jwksUrl).toBe("https://id.example/jwks.json");
  });

  it.each([
    [{ PORT: "http" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ MAX_DEPTH: "-1" }, "MAX_DEPTH"],
    [{ GRAPHQL_INTROSPECTION: "maybe" }, "GRAPHQL_INTROSPECTION"],
    [{ JWT_SECRET: "short" }, "JWT_SECRET"],
    [{ JWT_JWKS_URL: "not a url" }, "JWT_JWKS_URL"],
    [{ NODE_ENV: "production" }, "JWT_SECRET"],
  ])("rejects %o with CONFIG_INVALID naming %s", (env, variable) => {
    const error = configError(env);
    expect(error.code).toBe("CONFIG_INVALID");
    expect(error.message).toContain(variable);
    expect(error.details).toEqual({ variable });
  });

  it("reads the hardening limits and token rules, with their defaults", () => {
    expect(readServerConfig({})).toMatchObject({
      jwt: { maxTtlSeconds: 12 * 3600, clockSkewSeconds: 60 },
      limits: {
        bodyTimeoutMs: 5000,
        headersTimeoutMs: 10_000,
        maxPendingBodiesPerClient: 16,
        maxListItems: 1000,
        maxStringLength: 1000,
        maxVariablesBytes: 102_400,
      },
    });
    expect(
      readServerConfig({
        JWT_MAX_TTL: "30m",
        JWT_CLOCK_SKEW: "5",
        BODY_TIMEOUT_MS: "2000",
        HEADERS_TIMEOUT_MS: "3000",
        MAX_PENDING_BODIES_PER_CLIENT: "4",
        MAX_LIST_ITEMS: "10",
        MAX_STRING_LENGTH: "20",
        MAX_VARIABLES_BYTES: "4096",
      }),
    ).toMatchObject({
      jwt: { maxTtlSeconds: 1800, clockSkewSeconds: 5 },
      limits: {
        bodyTimeoutMs: 2000,
        headersTimeoutMs: 3000,
        maxPendingBodiesPerClient: 4,
        maxListItems: 10,
        maxStringLength: 20,
        maxVariablesBytes: 4096,
      },
    });
  });

  it.each(["staging", "prod", "Production", "PRODUCTION", "qa"])(
    "treats NODE_ENV=%s as production: it refuses to start without a key",
    (nodeEnv) => {
      const error = configError({ NODE_ENV: nodeEnv });
      expect(error.details).toEqual({ variable: "JWT_SECRET" });
      const config = readServerConfig({ NODE_ENV: nodeEnv, JWT_SECRET: SECRET, JWT_AUDIENCE: "it4it" });
      expect(config).toMatchObject({ production: true, introspection: false, allowedHosts: undefined });
    },
  );

  it.each([undefined, "development", "test"])("runs NODE_ENV=%s in local mode", (nodeEnv) => {
    const config = readServerConfig(nodeEnv === undefined ? {} : { NODE_ENV: nodeEnv });
    expect(config.production).toBe(false);
  });

  it("requires JWT_AUDIENCE in production", () => {
    for (const key of [{ JWT_SECRET: SECRET }, { JWT_JWKS_URL: "https://id.example/jwks.json" }]) {
      const error = configError({ NODE_ENV: "staging", ...key });
      expect(error.code).toBe("CONFIG_INVALID");
      expect(error.details).toEqual({ variable: "JWT_AUDIENCE" });
    }
  });

  it("answers only to loopback host names in local mode unless ALLOWED_HOSTS says otherwise", () => {
    expect(readServerConfig({}).allowedHosts).toEqual(["localhost", "*.localhost", "127.0.0.1", "[::1]"]);
    expect(readServerConfig({ ALLOWED_HOSTS: "Explorer.example, 10.0.0.5" }).allowedHosts).toEqual([
      "explorer.example",
      "10.0.0.5",
    ]);
    expect(readServerConfig({ ALLOWED_HOSTS: "*" }).allowedHosts).toBeUndefined();
    const production = { NODE_ENV: "production", JWT_SECRET: SECRET, JWT_AUDIENCE: "a" };
    expect(readServerConfig(production).allowedHosts).toBeUndefined();
    expect(readServerConfig({ ...production, ALLOWED_HOSTS: "it4it.example" }).allowedHosts).toEqual([
      "it4it.example",
    ]);
  });

  it.each([
    [{ JWT_MAX_TTL: "forever" }, "JWT_MAX_TTL"],
    [{ JWT_MAX_TTL: "10" }, "JWT_MAX_TTL"],
    [{ JWT_CLOCK_SKEW: "1h" }, "JWT_CLOCK_SKEW"],
    [{ BODY_TIMEOUT_MS: "0" }, "BODY_TIMEOUT_MS"],
    [{ MAX_LIST_ITEMS: "many" }, "MAX_LIST_ITEMS"],
  ])("rejects %o with CONFIG_INVALID naming %s", (env, variable) => {
    expect(configError(env).details).toEqual({ variable });
  });
});
