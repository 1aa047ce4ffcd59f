import type { Driver } from "neo4j-driver";
import { runNamedQuery } from "./run-query.ts";
import type { QueryContext } from "./run-query.ts";

// The compiled walks the local Neo4j offers (neo4j/src/main/java/org/it4it/explorer/procedures/) and, per
// field, the named query that uses them where they are installed or the Cypher over APOC where they are not.

/** The compiled lineage traversal (neo4j/src/main/java/org/it4it/explorer/procedures/Lineage.java). */
export const LINEAGE_PROCEDURE = "it4it.lineage";

/** The two named queries that answer lineage, with the same parameters and the same columns. */
export type LineageQueryName = "lineage-procedure" | "lineage";

const asked = new WeakMap<Driver, Map<string, Promise<boolean>>>();

/** How long a failed question counts as "no" before it is asked again. */
const RETRY_AFTER_MS = 60_000;

/**
 * Whether the Neo4j behind `ctx` offers the procedure `name`: asked once per driver and database
 * (has-procedure.cypher). A question that fails (a user without the right to list procedures, a database
 * that went away) counts as no for a minute, then is asked again: never a failing query per request.
 */
export function hasProcedure(ctx: QueryContext, name: string): Promise<boolean> {
  let byName = asked.get(ctx.driver);
  if (!byName) asked.set(ctx.driver, (byName = new Map()));
  const key = `${ctx.database ?? ""}\n${name}`;
  let answer = byName.get(key);
  if (!answer) {
    answer = runNamedQuery(ctx, "has-procedure", { name }).then(
      (rows) => rows[0]?.found === true,
      () => {
        setTimeout(() => byName.delete(key), RETRY_AFTER_MS).unref();
        return false;
      },
    );
    byName.set(key, answer);
  }
  return answer;
}

/**
 * The lineage query this Neo4j runs: the compiled traversal where it is installed (the local Neo4j), the
 * Cypher over APOC elsewhere (a server without the plugin, Aura). Both give the same answer (tested).
 */
export async function lineageQueryName(ctx: QueryContext): Promise<LineageQueryName> {
  return (await hasProcedure(ctx, LINEAGE_PROCEDURE)) ? "lineage-procedure" : "lineage";
}

/** The two named queries that answer impact, with the same parameters and the same columns. */
export type ImpactQueryName = "impact-procedure" | "impact";

/** The impact query this Neo4j runs: the same choice as lineageQueryName (impact walks with it4it.lineage too). */
export async function impactQueryName(ctx: QueryContext): Promise<ImpactQueryName> {
  return (await hasProcedure(ctx, LINEAGE_PROCEDURE)) ? "impact-procedure" : "impact";
}

/** The compiled provenance walk (neo4j/src/main/java/org/it4it/explorer/procedures/Provenance.java). */
export const PROVENANCE_PROCEDURE = "it4it.provenance";

/** The two named queries that answer trace, with the same parameters and the same rows. */
export type TraceQueryName = "trace-procedure" | "trace";

/** The trace query this Neo4j runs: the compiled walk where it is installed, else the Cypher over APOC. */
export async function traceQueryName(ctx: QueryContext): Promise<TraceQueryName> {
  return (await hasProcedure(ctx, PROVENANCE_PROCEDURE)) ? "trace-procedure" : "trace";
}

/** The compiled coverage sweep (neo4j/src/main/java/org/it4it/explorer/procedures/Coverage.java). */
export const COVERAGE_PROCEDURE = "it4it.coverage";

/** The two named queries that sweep the estate for coverage and broken chains, with the same parameters and rows. */
export type CoverageQueryName = "coverage-procedure" | "coverage-sweep";

/** The coverage sweep this Neo4j runs: the compiled sweep where it is installed, else the Cypher over APOC. */
export async function coverageQueryName(ctx: QueryContext): Promise<CoverageQueryName> {
  return (await hasProcedure(ctx, COVERAGE_PROCEDURE)) ? "coverage-procedure" : "coverage-sweep";
}
