// lineage: the root's upstream and/or downstream along lineage links, breadth first, each node once, bounded
// by depth and by $scan visited nodes, with the links among the returned nodes — one query, one round trip.
// $relationshipFilter is a direction only ('<', '>' or '' for both): APOC then reads a node's relationships
// once per visited node instead of once per listed type; the label filter '-Party' keeps the walk out of
// accountability (every OWNS/APPROVED/ASSIGNED_TO link joins a Party). The expansion runs in a subquery that
// always returns one row, so an object with no neighbours answers itself with an empty result. Node
// properties are shipped only when $properties (the caller selected them); the links among the shown nodes
// are found from a map keyed by element id (a list `IN` would compare every pair).
MATCH (root:DataObject {id: $id})
CALL (root) {
  CALL apoc.path.expandConfig(root, {
    relationshipFilter: $relationshipFilter, labelFilter: $labelFilter,
    minLevel: 1, maxLevel: $maxDepth, uniqueness: 'NODE_GLOBAL', bfs: true, limit: $scan
  }) YIELD path
  WITH last(nodes(path)) AS node, length(path) AS depth
  WHERE $types IS NULL OR any(label IN labels(node) WHERE label IN $types)
  RETURN collect({node: node, depth: depth}) AS reached
}
WITH root, size(reached) AS total, reached[0..$limit] AS kept
WITH root, total, kept, [root] + [k IN kept | k.node] AS shown
WITH root, total, kept, shown, apoc.map.fromPairs([n IN shown | [elementId(n), true]]) AS shownIds
RETURN root {.*, labels: labels(root)} AS root, total,
  [k IN kept | {
    node: apoc.map.merge(
      CASE WHEN $properties THEN properties(k.node) ELSE {id: k.node.id, name: k.node.name, status: k.node.status} END,
      {labels: labels(k.node)}),
    depth: k.depth}] AS reached,
  COLLECT {
    UNWIND shown AS a
    MATCH (a)-[r]->(b:DataObject)
    WHERE shownIds[elementId(b)]
    RETURN {id: elementId(r), type: type(r), from: a.id, to: b.id,
            properties: CASE WHEN $properties THEN properties(r) ELSE {} END}
  } AS edges
