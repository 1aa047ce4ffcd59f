// path-either-way: the path field in one round trip. Whether $from and $to exist as data objects (what
// target.cypher tells, so the caller names an unknown end, `from` first), and the shortest downstream lineage
// path between them either way: from $from to $to, and from $to to $from, each walked as path.cypher walks
// it (breadth first, each node once, bounded by depth, stopping at the other end; direction-only filter and
// label filter -Party: never through accountability). The two walks are independent expansions, one per
// row of the UNWIND (one expansion from both ends would share its visited set and its terminators); the
// shorter path is kept, forward on a tie. The ends are OPTIONAL MATCHed and the walks collected in a
// subquery, so there is always exactly one row, with nodes and edges null when there is no path, when an
// end is unknown, or when $from = $to (no walk then). Same node and edge maps as path.cypher.
OPTIONAL MATCH (a:DataObject {id: $from})
OPTIONAL MATCH (b:DataObject {id: $to})
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  UNWIND [{side: 0, start: a, end: b}, {side: 1, start: b, end: a}] AS way
  CALL apoc.path.expandConfig(way.start, {
    relationshipFilter: $relationshipFilter, labelFilter: $labelFilter, terminatorNodes: [way.end],
    minLevel: 1, maxLevel: $maxDepth, uniqueness: 'NODE_GLOBAL', bfs: true, limit: 1
  }) YIELD path
  WITH path, way.side AS side ORDER BY length(path), side LIMIT 1
  RETURN collect(path)[0] AS path
}
RETURN a IS NOT NULL AS fromExists, b IS NOT NULL AS toExists,
  [n IN nodes(path) | n {.*, labels: labels(n)}] AS nodes,
  [r IN relationships(path) |
    {id: elementId(r), type: type(r), from: startNode(r).id, to: endNode(r).id, properties: properties(r)}] AS edges
