// broken-chains: objects of $type with no upstream lineage path to an APPROVED ScopeAgreement (within
// $maxDepth): the traced set is swept once downstream from all approved decisions, then objects of the type
// outside it are listed, oldest id first.
MATCH (decision:ScopeAgreement {decision: 'APPROVED'})
WITH collect(decision) AS decisions
CALL apoc.path.subgraphNodes(decisions, {relationshipFilter: $relationshipFilter, maxLevel: $maxDepth})
YIELD node
WITH collect(elementId(node)) AS tracedIds
WITH apoc.map.fromLists(tracedIds, [x IN tracedIds | true]) AS traced
MATCH (n:DataObject)
WHERE $type IN labels(n) AND traced[elementId(n)] IS NULL
WITH n ORDER BY n.id LIMIT $limit
RETURN n {.*, labels: labels(n)} AS node
