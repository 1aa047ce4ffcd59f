// impact-procedure: the same answer as impact.cypher from the explorer's compiled traversal, it4it.lineage
// (neo4j/src/main/java/org/it4it/explorer/procedures/Lineage.java), on a Neo4j that has it; a server without
// it (Aura takes no plugins) runs impact.cypher. The procedure walks downstream ('>') breadth first, one
// relationship lookup per visited node, outside accountability ($excludedLabel), and returns every reached
// node (its limit is $scan: the counts by type and open work cover all of them), their depths and the links
// among them, so Cypher builds no path per visited node. This file keeps the first $limit nodes and, when
// that cuts the answer, only the links among the root and those nodes (a map keyed by element id, as in
// impact.cypher); properties only when $properties, through it4it.properties (date-times as the text the
// server answers: lineage-procedure.cypher says why).
MATCH (root:DataObject {id: $id})
CALL it4it.lineage(root, '>', $maxDepth, $scan, $scan, $excludedLabel, null, 'DataObject')
  YIELD total, nodes AS reached, depths, links
WITH root, total, reached, depths, links, reached[0..$limit] AS kept
WITH root, total, reached, depths, links, kept,
  CASE WHEN total > $limit
    THEN apoc.map.fromPairs([n IN [root] + kept | [elementId(n), true]]) END AS shownIds
RETURN root {.*, labels: labels(root)} AS root,
  total,
  COLLECT {
    UNWIND reached AS n
    WITH [label IN labels(n) WHERE label <> 'DataObject'][0] AS type, count(*) AS count
    RETURN {type: type, count: count} ORDER BY count DESC, type
  } AS byType,
  size([n IN reached WHERE n:Incident AND n.status IN $openIncident]) AS openIncidents,
  size([n IN reached WHERE n:Problem AND n.status IN $openProblem]) AS openProblems,
  size([n IN reached WHERE n:RFC AND n.status IN $openRFC]) AS openRFCs,
  [n IN kept | apoc.map.merge(
    CASE WHEN $properties THEN it4it.properties(n) ELSE {id: n.id, name: n.name, status: n.status} END,
    {labels: labels(n)})] AS nodes,
  depths[0..$limit] AS depths,
  [r IN links WHERE shownIds IS NULL OR (shownIds[elementId(startNode(r))] AND shownIds[elementId(endNode(r))]) |
    {id: elementId(r), type: type(r), from: startNode(r).id, to: endNode(r).id,
     properties: CASE WHEN $properties THEN it4it.properties(r) ELSE {} END}] AS edges
