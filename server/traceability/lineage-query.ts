import type { Driver } from "neo4j-driver";
import type { NodeRow } from "./graph-elements.ts";
import { toNumber } from "./neo4j-values.ts";
import { runNamedQuery } from "./run-query.ts";
import type { QueryContext } from "./run-query.ts";

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

/** A lineage answer's row (either query's columns) as the root, the total and node and link rows. */
export interface LineageRow {
  root: NodeRow;
  total: number;
  reached: { node: NodeRow; depth: number }[];
  edges: Record<string, unknown>[];
}

const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

/**
 * Reads the columns of lineage.cypher and lineage-procedure.cypher: without properties a node row is its id,
 * name and status (with its labels) and a link row has empty properties.
 */
export function readLineageRow(row: Record<string, unknown>): LineageRow {
  const ids = list<unknown>(row.ids);
  const names = list<unknown>(row.names);
  const statuses = list<unknown>(row.statuses);
  const labels = list<unknown>(row.labels);
  const depths = list<unknown>(row.depths);
  const properties = row.properties == null ? null : list<Record<string, unknown>>(row.properties);
  const linkTypes = list<unknown>(row.linkTypes);
  const linkFrom = list<unknown>(row.linkFrom);
  const linkTo = list<unknown>(row.linkTo);
  const linkProperties =
    row.linkProperties == null ? null : list<Record<string, unknown>>(row.linkProperties);
  return {
    root: row.root as NodeRow,
    total: toNumber(row.total),
    reached: ids.map((id, i) => ({
      node: { ...(properties?.[i] ?? { id, name: names[i], status: statuses[i] }), labels: labels[i] },
      depth: toNumber(depths[i]),
    })),
    edges: list<unknown>(row.linkIds).map((id, i) => ({
      id,
      type: linkTypes[i],
      from: linkFrom[i],
      to: linkTo[i],
      properties: linkProperties?.[i] ?? {},
    })),
  };
}
