import type { NodeRow } from "./graph-elements.ts";
import { toNumber } from "./neo4j-values.ts";

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
