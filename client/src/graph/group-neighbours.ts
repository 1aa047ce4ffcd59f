import type { GraphEdge, ViewGraph, ViewNode } from "./types.ts";
import { linkRoleOf } from "./link-roles.ts";
import { sumWork } from "./open-work.ts";

export interface GroupOptions {
  /** More same-type neighbours than this on one side of a node are drawn as one group node. */
  threshold: number;
  /** Group ids the user expanded (drawn as their members). */
  expanded: ReadonlySet<string>;
  /** Nodes never folded into a group (e.g. the root, the selection). */
  keep?: ReadonlySet<string>;
}

/** The id of the group of `type` neighbours on `side` of `anchor`. */
export const groupId = (anchor: string, side: "in" | "out", type: string): string =>
  `group:${anchor}:${side}:${type}`;

/**
 * Folds a node's same-type neighbours into one expandable group node when there are more than `threshold`
 * of them on one side (e.g. 60 CIs realizing one desired service become "60 × Actual Service CI"). A member
 * is folded only when all its links go to the anchor, so nothing else loses an edge. Returns a new graph.
 */
export function groupNeighbours(graph: ViewGraph, options: GroupOptions): ViewGraph {
  const degree = new Map<string, number>();
  for (const e of graph.edges) {
    degree.set(e.from, (degree.get(e.from) ?? 0) + 1);
    degree.set(e.to, (degree.get(e.to) ?? 0) + 1);
  }
  const nodeById = new Map(graph.nodes.map((n) => [n.id, n]));
  const buckets = new Map<
    string,
    { anchor: string; side: "in" | "out"; type: string; members: string[]; edgeType: string }
  >();
  for (const e of graph.edges) {
    for (const [anchor, member, side] of [
      [e.from, e.to, "out"],
      [e.to, e.from, "in"],
    ] as const) {
      const node = nodeById.get(member);
      if (!node || degree.get(member) !== 1 || options.keep?.has(member)) continue;
      const id = groupId(anchor, side, node.type);
      const bucket = buckets.get(id) ?? { anchor, side, type: node.type, members: [], edgeType: e.type };
      bucket.members.push(member);
      buckets.set(id, bucket);
    }
  }
  const folded = new Map<string, string>();
  const groups: ViewNode[] = [];
  const groupEdges: GraphEdge[] = [];
  for (const [id, bucket] of buckets) {
    if (bucket.members.length <= options.threshold || options.expanded.has(id)) continue;
    if (bucket.members.some((m) => folded.has(m))) continue;
    for (const m of bucket.members) folded.set(m, id);
    const sample = nodeById.get(bucket.members[0] as string) as ViewNode;
    groups.push({
      ...sample,
      id,
      name: `${bucket.members.length} × ${bucket.type}`,
      status: null,
      openWork: sumWork(bucket.members.map((m) => nodeById.get(m)?.openWork)),
      members: [...bucket.members],
    });
    groupEdges.push({
      id: `${id}:edge`,
      type: bucket.edgeType,
      role: linkRoleOf(bucket.edgeType),
      from: bucket.side === "out" ? bucket.anchor : id,
      to: bucket.side === "out" ? id : bucket.anchor,
    });
  }
  if (groups.length === 0) return graph;
  return {
    nodes: [...graph.nodes.filter((n) => !folded.has(n.id)), ...groups],
    edges: [...graph.edges.filter((e) => !folded.has(e.from) && !folded.has(e.to)), ...groupEdges],
  };
}
