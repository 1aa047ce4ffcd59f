// trace: the upstream provenance cone of an object — every object from which authority flows to it, walked
// over provenance links only ($relationshipFilter: the service backbone, the request/catalog chain, the
// design chain and where an incident happened; never a change, an RFC or the feedback loop). Breadth first,
// each node once, so every row carries the node's distance and the link to the node it was reached from
// (`via`, nearer the target): the caller rebuilds the paths to the decisions it picks and names the dead ends.
// A ScopeAgreement has no provenance link upstream of it, so the walk ends at decisions by itself. The cone
// of one object is small (its own backbone, not the estate), so returning it whole costs one round trip and
// lets the caller prefer an approved decision over a nearer rejected one. `upstream` is the node's number of
// provenance links upstream: 0 marks a dead end (the chain breaks there). Evidence (policies, approvals,
// owners) is collected for the origins (objects of $toType) only; approvals and owners only when
// $accountability.
MATCH (target:DataObject {id: $id})
CALL (target) {
  CALL apoc.path.expandConfig(target, {
    relationshipFilter: $relationshipFilter,
    minLevel: 1, maxLevel: $maxDepth, uniqueness: 'NODE_GLOBAL', bfs: true, limit: $scan
  }) YIELD path
  RETURN collect(path) AS paths
}
WITH target, [{node: target, depth: 0, via: null}] +
  [p IN paths | {node: last(nodes(p)), depth: length(p), via: last(relationships(p))}] AS cone
UNWIND cone AS entry
WITH entry.node AS n, entry.depth AS depth, entry.via AS via
RETURN n {.*, labels: labels(n)} AS node, depth,
  CASE WHEN via IS NULL THEN null ELSE
    {id: elementId(via), type: type(via), from: startNode(via).id, to: endNode(via).id,
     properties: properties(via)} END AS via,
  apoc.node.degree(n, $relationshipFilter) AS upstream,
  CASE WHEN $toType IN labels(n) THEN {
    policyIds: COLLECT { MATCH (policy:Policy)-[:GOVERNS]->(n) RETURN policy.id ORDER BY policy.id },
    approvals: COLLECT { MATCH (party:Party)-[a:APPROVED]->(n) WHERE $accountability
                         RETURN {party: party {.*}, at: a.at} ORDER BY a.at },
    owners: COLLECT { MATCH (party:Party)-[:OWNS]->(n) WHERE $accountability
                      RETURN party {.*} ORDER BY party.id }
  } END AS evidence
