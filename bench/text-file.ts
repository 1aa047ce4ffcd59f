/**
 * The benchmarks' query files: bench/cypher/*.cypher and bench/sql/*.sql, and the client's own GraphQL
 * operations (client/src/api/operations/*.graphql, with their fragments) so the benchmarks send exactly what
 * the client sends. Read through the project's one query-file reader (server/db).
 */
import { withFragments } from "../client/src/api/with-fragments.ts";
import { readQueryFile } from "../server/db/index.ts";

const read = (path: string): string => readQueryFile(new URL(path, import.meta.url));

export const benchCypher = (name: string): string => read(`cypher/${name}.cypher`);
export const benchSql = (name: string): string => read(`sql/${name}.sql`);
/** The client's operation `name` (a file name of client/src/api/operations/) with its fragments. */
export const benchGraphQL = (name: string): string =>
  withFragments(
    read(`../client/src/api/operations/${name}.graphql`),
    read("../client/src/api/operations/fragments.graphql"),
  );
