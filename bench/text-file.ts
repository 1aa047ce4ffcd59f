/**
 * Reads the benchmarks' query files: bench/cypher/*.cypher and bench/sql/*.sql, and the client's own GraphQL
 * operations (client/src/api/operations/*.graphql, with their fragments) so the benchmarks send exactly what
 * the client sends.
 */
import { readFileSync } from "node:fs";
import { withFragments } from "../client/src/api/with-fragments.ts";

const cache = new Map<string, string>();

function read(path: string): string {
  let text = cache.get(path);
  if (text === undefined) {
    try {
      text = readFileSync(new URL(path, import.meta.url), "utf8");
    } catch {
      throw new Error(`The query file ${new URL(path, import.meta.url).pathname} is missing.`);
    }
    cache.set(path, text);
  }
  return text;
}

export const benchCypher = (name: string): string => read(`cypher/${name}.cypher`);
export const benchSql = (name: string): string => read(`sql/${name}.sql`);
/** The client's operation `name` (a file name of client/src/api/operations/) with its fragments. */
export const benchGraphQL = (name: string): string =>
  withFragments(
    read(`../client/src/api/operations/${name}.graphql`),
    read("../client/src/api/operations/fragments.graphql"),
  );
