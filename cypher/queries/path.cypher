// path: the first lineage path from $from to $to that a walk in the direction of $relationshipFilter finds
// (whyHere: how lineage reached $to), breadth first, each node once, bounded by depth: the shortest one;
// direction-only filter and label filter -Party as in lineage.cypher (one look-up per visited node, never
// through accountability). The path field asks both ways at once in path-either-way.cypher, which walks
// each way as this file does (tested against two runs of it).
MATCH (a:DataObject {id: $from}), (b:DataObject {id: $to})
CALL apoc.path.expandConfig(a, {
  relationshipFilter: $relationshipFilter, labelFilter: $labelFilter, terminatorNodes: [b],
  minLevel: 1, maxLevel: $maxDepth, uniqueness: 'NODE_GLOBAL', bfs: true, limit: 1
}) YIELD path
RETURN [n IN nodes(path) | n {.*, labels: labels(n)}] AS nodes,
  [r IN relationships(path) |
    {id: elementId(r), type: type(r), from: startNode(r).id, to: endNode(r).id, properties: properties(r)}] AS edges
