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
    expect(readServerConfig({ NODE_ENV: "production", JWT_SECRET: SECRET }).introspection).toBe(false);
  });

  it("accepts a JWKS URL instead of a secret in production", () => {
    const config = readServerConfig({ NODE_ENV: "production", JWT_JWKS_URL: "https://id.example/jwks.json" });
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
});
