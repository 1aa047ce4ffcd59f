import type { RequestContext } from "../context.ts";
import type { GraphNode, OpenWork } from "./graph-elements.ts";
import { toNumber } from "./neo4j-values.ts";
import { openWorkParams } from "./open-statuses.ts";
import { runNamedQuery } from "./run-query.ts";

/** The priorities that make open work urgent (the graph highlights the objects it touches). */
export const URGENT_PRIORITIES = ["P1", "P2"] as const;

/**
 * Attaches `openWork` to every node of an answer with one query for them all (open-work.cypher); nodes the
 * query does not return (none, unless one was deleted meanwhile) get zero counts.
 */
export async function withOpenWork<T extends GraphNode>(
  ctx: RequestContext,
  nodes: readonly T[],
): Promise<(T & { openWork: OpenWork })[]> {
  const rows = await runNamedQuery(ctx, "open-work", {
    ids: nodes.map((n) => n.id),
    urgentPriorities: [...URGENT_PRIORITIES],
    ...openWorkParams(),
  });
  const byId = new Map(
    rows.map((r) => [
      String(r.id),
      {
        incidents: toNumber(r.incidents),
        problems: toNumber(r.problems),
        changes: toNumber(r.changes),
        urgent: r.urgent === true,
      },
    ]),
  );
  const none: OpenWork = { incidents: 0, problems: 0, changes: 0, urgent: false };
  return nodes.map((n) => ({ ...n, openWork: byId.get(n.id) ?? none }));
}
