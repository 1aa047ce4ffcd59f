// impact: the blast radius of an object: everything downstream along outgoing lineage links, breadth first,
// each node once, bounded by depth and by $scan visited nodes, with the links among the returned nodes (one
// round trip). Direction-only relationship filter ('>') and label filter '-Party', as in lineage.cypher: one
// relationship look-up per visited node, never into accountability. The expansion runs in a subquery that
// always returns one row, so an object with nothing downstream answers itself with zero impact. Counts cover
// everything reached (the root not counted); the node list is capped at $limit, nearest first; node and link
// properties only when $properties.
MATCH (root:DataObject {id: $id})
CALL (root) {
  CALL apoc.path.expandConfig(root, {
    relationshipFilter: $relationshipFilter, labelFilter: $labelFilter,
    minLevel: 1, maxLevel: $maxDepth, uniqueness: 'NODE_GLOBAL', bfs: true, limit: $scan
  }) YIELD path
  RETURN collect({node: last(nodes(path)), depth: length(path)}) AS reached
}
WITH root, reached, reached[0..$limit] AS kept
WITH root, reached, kept, [root] + [k IN kept | k.node] AS shown
WITH root, reached, kept, shown, apoc.map.fromPairs([n IN shown | [elementId(n), true]]) AS shownIds
RETURN root {.*, labels: labels(root)} AS root,
  size(reached) AS total,
  COLLECT {
    UNWIND reached AS r
    WITH [label IN labels(r.node) WHERE label <> 'DataObject'][0] AS type, count(*) AS count
    RETURN {type: type, count: count} ORDER BY count DESC, type
  } AS byType,
  size([r IN reached WHERE r.node:Incident AND r.node.status IN $openIncident]) AS openIncidents,
  size([r IN reached WHERE r.node:Problem AND r.node.status IN $openProblem]) AS openProblems,
  size([r IN reached WHERE r.node:RFC AND r.node.status IN $openRFC]) AS openRFCs,
  [k IN kept | apoc.map.merge(
    CASE WHEN $properties THEN properties(k.node) ELSE {id: k.node.id, name: k.node.name, status: k.node.status} END,
    {labels: labels(k.node)})] AS nodes,
  [k IN kept | k.depth] AS depths,
  COLLECT {
    UNWIND shown AS a
    MATCH (a)-[r]->(b:DataObject)
    WHERE shownIds[elementId(b)]
    RETURN {id: elementId(r), type: type(r), from: a.id, to: b.id,
            properties: CASE WHEN $properties THEN properties(r) ELSE {} END}
  } AS edges
