// broken-chains: objects of $type with no upstream lineage path to an APPROVED ScopeAgreement (within
// $maxDepth): the traced set is swept once downstream from all approved decisions, then the ids of the type
// outside it are listed, lowest id first. Sets of ids (apoc.coll.subtract hashes them) keep the memory to two
// id lists of the type, however large the estate.
MATCH (decision:ScopeAgreement {decision: 'APPROVED'})
WITH collect(decision) AS decisions
CALL apoc.path.subgraphNodes(decisions, {relationshipFilter: $relationshipFilter, maxLevel: $maxDepth})
YIELD node
WITH node WHERE $type IN labels(node)
WITH collect(node.id) AS tracedIds
CALL () {
  MATCH (n:DataObject) WHERE $type IN labels(n)
  RETURN collect(n.id) AS allIds
}
UNWIND apoc.coll.subtract(allIds, tracedIds) AS id
WITH id ORDER BY id LIMIT $limit
MATCH (n:DataObject {id: id})
RETURN n {.*, labels: labels(n)} AS node
