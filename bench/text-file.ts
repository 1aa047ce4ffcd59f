/** Reads the benchmarks' own query files: bench/cypher/*.cypher, bench/sql/*.sql, bench/graphql/*.graphql. */
import { readFileSync } from "node:fs";

const cache = new Map<string, string>();

function read(path: string): string {
  let text = cache.get(path);
  if (text === undefined) {
    try {
      text = readFileSync(new URL(path, import.meta.url), "utf8");
    } catch {
      throw new Error(`The benchmark query file bench/${path} is missing.`);
    }
    cache.set(path, text);
  }
  return text;
}

export const benchCypher = (name: string): string => read(`cypher/${name}.cypher`);
export const benchSql = (name: string): string => read(`sql/${name}.sql`);
export const benchGraphQL = (name: string): string => read(`graphql/${name}.graphql`);
