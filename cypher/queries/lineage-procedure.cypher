// lineage-procedure: the same answer as lineage.cypher from the explorer's compiled traversal, it4it.lineage
// (neo4j/src/main/java/org/it4it/explorer/procedures/Lineage.java), on a Neo4j that has it: the local one
// registers it; a server without it (Aura takes no plugins) gets lineage.cypher. The procedure walks breadth
// first with one relationship lookup per visited node and returns nodes, depths and the links among them in
// one row, so Cypher builds no path per visited node; this file only shapes that row into lineage.cypher's
// columns. Properties come through it4it.properties (TemporalText.java): date-times already written as the
// text the server answers, since the driver's decoding of some 600 date-times was most of a 150-object
// lineage's time.
// Parameters are those of lineage.cypher ($relationshipFilter is '<', '>' or ''; $excludedLabel is the label
// its $labelFilter blacklists).
MATCH (root:DataObject {id: $id})
CALL it4it.lineage(root, $relationshipFilter, $maxDepth, $limit, $scan, $excludedLabel, $types, 'DataObject')
  YIELD total, nodes, depths, links
RETURN root {.*, labels: labels(root)} AS root, total, depths,
  [n IN nodes | n.id] AS ids, [n IN nodes | n.name] AS names, [n IN nodes | n.status] AS statuses,
  [n IN nodes | labels(n)] AS labels,
  CASE WHEN $properties THEN [n IN nodes | it4it.properties(n)] END AS properties,
  [r IN links | elementId(r)] AS linkIds, [r IN links | type(r)] AS linkTypes,
  [r IN links | startNode(r).id] AS linkFrom, [r IN links | endNode(r).id] AS linkTo,
  CASE WHEN $properties THEN [r IN links | it4it.properties(r)] END AS linkProperties
