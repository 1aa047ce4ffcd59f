import type { GraphEdge, GraphNode } from "./types.ts";

/** One row of the impact list: a reached object and the chain of hops from the root to it. */
export interface HopChain {
  node: GraphNode;
  depth: number;
  /** Root first, this node last. */
  chain: { id: string; type: string; via: string | null }[];
}

/**
 * For every node reachable from `root` along the edges (downstream), the shortest chain of hops that reaches
 * it (breadth first, so each node's chain is a shortest one), ordered by depth then type then id.
 */
export function hopChains(
  root: string,
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
): HopChain[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out = new Map<string, GraphEdge[]>();
  for (const e of edges) {
    const list = out.get(e.from);
    if (list) list.push(e);
    else out.set(e.from, [e]);
  }
  const parent = new Map<string, { from: string; via: string } | null>([[root, null]]);
  const depth = new Map<string, number>([[root, 0]]);
  const queue = [root];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i] as string;
    for (const e of out.get(id) ?? []) {
      if (parent.has(e.to)) continue;
      parent.set(e.to, { from: id, via: e.type });
      depth.set(e.to, (depth.get(id) ?? 0) + 1);
      queue.push(e.to);
    }
  }
  const rows: HopChain[] = [];
  for (const id of queue) {
    const node = byId.get(id);
    if (!node || id === root) continue;
    const chain: HopChain["chain"] = [];
    let at: string | undefined = id;
    while (at !== undefined) {
      const p: { from: string; via: string } | null | undefined = parent.get(at);
      chain.unshift({ id: at, type: byId.get(at)?.type ?? "?", via: p ? p.via : null });
      at = p ? p.from : undefined;
    }
    rows.push({ node, depth: depth.get(id) ?? 0, chain });
  }
  return rows.sort(
    (a, b) =>
      a.depth - b.depth || a.node.type.localeCompare(b.node.type) || a.node.id.localeCompare(b.node.id),
  );
}

/** "SA-1 -AUTHORIZES-> INI-3 -DELIVERS-> REL-2": a chain as text. */
export function chainText(chain: HopChain["chain"]): string {
  return chain.map((step, i) => (i === 0 ? step.id : `-${step.via}-> ${step.id}`)).join(" ");
}
