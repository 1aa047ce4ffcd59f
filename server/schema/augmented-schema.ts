import { lexicographicSortSchema, printSchema } from "graphql";
import type { GraphQLSchema } from "graphql";
import { fileURLToPath } from "node:url";

/** The committed, sorted print of the augmented schema, guarded by a breaking-change test. */
export const AUGMENTED_SNAPSHOT_PATH = fileURLToPath(
  new URL("./augmented.snapshot.graphql", import.meta.url),
);

/** Sorted, printed schema: stable text to diff and to check breaking changes against. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
