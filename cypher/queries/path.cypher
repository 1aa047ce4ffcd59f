// path: the shortest downstream lineage path from $from to $to (the caller also tries the other way round),
// breadth first, each node once, bounded by depth.
MATCH (a:DataObject {id: $from}), (b:DataObject {id: $to})
CALL apoc.path.expandConfig(a, {
  relationshipFilter: $relationshipFilter, terminatorNodes: [b],
  minLevel: 1, maxLevel: $maxDepth, uniqueness: 'NODE_GLOBAL', bfs: true, limit: 1
}) YIELD path
RETURN [n IN nodes(path) | n {.*, labels: labels(n)}] AS nodes,
  [r IN relationships(path) |
    {id: elementId(r), type: type(r), from: startNode(r).id, to: endNode(r).id, properties: properties(r)}] AS edges
