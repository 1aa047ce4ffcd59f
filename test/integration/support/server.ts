import type { Driver } from "neo4j-driver";
import { createServer } from "../../../server/app.ts";
import type { RunningServer } from "../../../server/app.ts";
import { signToken } from "../../../server/auth/index.ts";
import type { Role } from "../../../server/context.ts";
import { readServerConfig } from "../../../server/config.ts";
import { createDriver } from "../../../server/db/index.ts";
import { createLogger } from "../../../server/logger.ts";
import type { ResolverMap } from "../../../server/schema/index.ts";
import { testDbConfig } from "./neo4j.ts";

/** Secret, issuer and audience every test server accepts; signTestToken signs with them. */
export const TEST_JWT = {
  secret: "integration-test-secret-0123456789abcdef",
  issuer: "it4it-test",
  audience: "it4it-explorer",
} as const;

export interface TestServer extends RunningServer {
  driver: Driver;
}

export interface TestServerOptions {
  /** Environment overrides, e.g. { NODE_ENV: "production", MAX_DEPTH: "3" }. */
  env?: Record<string, string>;
  /** Replace the traceability / import resolvers. */
  resolvers?: readonly ResolverMap[];
  /** Serve the client from here instead of dist/client. */
  clientDir?: string;
  /** Use this driver instead of a fresh one to the test Neo4j (it is then not closed by close()). */
  driver?: Driver;
}

/**
 * Starts the real server (Apollo + @neo4j/graphql + HTTP) against the integration Neo4j on an ephemeral port
 * (or TEST_HTTP_PORT), with the test JWT settings. close() stops the server and the driver it created.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  // A given driver needs no integration Neo4j (the e2e stack passes its own).
  const db = options.driver ? undefined : testDbConfig();
  const driver = options.driver ?? createDriver(testDbConfig());
  const config = readServerConfig({
    PORT: process.env.TEST_HTTP_PORT ?? "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
    NODE_ENV: "test",
    JWT_SECRET: TEST_JWT.secret,
    JWT_ISSUER: TEST_JWT.issuer,
    JWT_AUDIENCE: TEST_JWT.audience,
    // Tests count snapshot computations and time requests: no background sweep unless a test asks for it.
    SNAPSHOT_WARMUP: "false",
    ...options.env,
  });
  const server = await createServer({
    config,
    driver,
    ...(db?.database ? { database: db.database } : {}),
    logger: createLogger(config.logLevel),
    ...(options.resolvers ? { resolvers: options.resolvers } : {}),
    ...(options.clientDir ? { clientDir: options.clientDir } : {}),
  });
  return {
    ...server,
    driver,
    async close() {
      await server.close();
      if (!options.driver) await driver.close();
    },
  };
}

export interface SignTestTokenOptions {
  roles: readonly (Role | string)[];
  subject?: string;
  /** Seconds (negative for an already expired token) or a jose time span. */
  expiresIn?: number | string;
  secret?: string;
  issuer?: string;
  audience?: string;
}

/** A token the test servers accept (override secret/issuer/audience to make one they must refuse). */
export function signTestToken(options: SignTestTokenOptions): Promise<string> {
  return signToken({
    secret: options.secret ?? TEST_JWT.secret,
    roles: options.roles,
    subject: options.subject ?? `test-${options.roles.join("-") || "none"}`,
    expiresIn: options.expiresIn ?? "1h",
    issuer: options.issuer ?? TEST_JWT.issuer,
    audience: options.audience ?? TEST_JWT.audience,
  });
}

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: {
    data?: T | null;
    errors?: {
      message: string;
      path?: (string | number)[];
      extensions?: { code?: string; [k: string]: unknown };
    }[];
  };
}

/** POSTs a GraphQL request as JSON to `${url}/graphql`, with an optional bearer token. */
export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
): Promise<GqlResponse<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, ...(variables ? { variables } : {}) }),
  });
  const text = await response.text();
  let body: GqlResponse<T>["body"];
  try {
    body = JSON.parse(text) as GqlResponse<T>["body"];
  } catch {
    throw new Error(`non-JSON response ${response.status}: ${text.slice(0, 300)}`);
  }
  return { status: response.status, headers: response.headers, body };
}

/** The error codes of a response, in order. */
export const codes = (response: GqlResponse<unknown>): (string | undefined)[] =>
  (response.body.errors ?? []).map((e) => e.extensions?.code);
