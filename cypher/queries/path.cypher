// path: the shortest downstream lineage path from $from to $to (the caller also tries the other way round),
// breadth first, each node once, bounded by depth; direction-only filter and label filter -Party as in
// lineage.cypher (one look-up per visited node, never through accountability).
MATCH (a:DataObject {id: $from}), (b:DataObject {id: $to})
CALL apoc.path.expandConfig(a, {
  relationshipFilter: $relationshipFilter, labelFilter: $labelFilter, terminatorNodes: [b],
  minLevel: 1, maxLevel: $maxDepth, uniqueness: 'NODE_GLOBAL', bfs: true, limit: 1
}) YIELD path
RETURN [n IN nodes(path) | n {.*, labels: labels(n)}] AS nodes,
  [r IN relationships(path) |
    {id: elementId(r), type: type(r), from: startNode(r).id, to: endNode(r).id, properties: properties(r)}] AS edges
