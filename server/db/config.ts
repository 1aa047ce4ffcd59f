import { envInteger, envMatching, envText } from "../env.ts";
import { AppError } from "../errors/index.ts";

/** How the server reaches Neo4j. Only from environment variables, with defaults for the local Neo4j. */
export interface DbConfig {
  uri: string;
  user: string;
  password: string;
  database?: string;
  /** True when NEO4J_URI is unset: the project starts its own local Neo4j (neo4j/). */
  local: boolean;
  boltPort: number;
  dataDir: string;
  heap: string;
  pageCache: string;
  /** Transaction timeout of every query a request runs. */
  queryTimeoutMs: number;
}

export const DEFAULT_LOCAL_PASSWORD = "it4it-local";

/**
 * Reads NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE, NEO4J_BOLT_PORT, NEO4J_DATA_DIR, NEO4J_HEAP,
 * NEO4J_PAGECACHE and NEO4J_QUERY_TIMEOUT_MS. An invalid value is a CONFIG_INVALID error naming the variable.
 */
export function readDbConfig(env: NodeJS.ProcessEnv = process.env): DbConfig {
  const boltPort = envInteger(env, "NEO4J_BOLT_PORT", 7687, 1, 65535);
  const uri = envText(env, "NEO4J_URI");
  if (uri !== undefined && !/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/.test(uri)) {
    throw new AppError(
      "CONFIG_INVALID",
      `NEO4J_URI must look like neo4j://host:7687, bolt://host:7687 or neo4j+s://host, got "${uri}".`,
    );
  }
  const database = envText(env, "NEO4J_DATABASE");
  return {
    uri: uri ?? `bolt://127.0.0.1:${boltPort}`,
    user: envText(env, "NEO4J_USER") ?? "neo4j",
    password: envText(env, "NEO4J_PASSWORD") ?? DEFAULT_LOCAL_PASSWORD,
    ...(database ? { database } : {}),
    local: uri === undefined,
    boltPort,
    dataDir: envText(env, "NEO4J_DATA_DIR") ?? ".data/neo4j",
    heap: memory(env, "NEO4J_HEAP", "1g"),
    pageCache: memory(env, "NEO4J_PAGECACHE", "1g"),
    queryTimeoutMs: envInteger(env, "NEO4J_QUERY_TIMEOUT_MS", 10_000, 100, 3_600_000),
  };
}

function memory(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  return envMatching(env, name, /^\d+[kmgKMG]$/, fallback, "must be a size like 512m or 2g").toLowerCase();
}
