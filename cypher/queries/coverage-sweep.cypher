// coverage-sweep: the whole-estate answer behind coverage and broken chains, computed once per change of the
// estate (server/traceability/estate-snapshot.ts). One sweep from all APPROVED decisions at once over the
// provenance links, walked the way authority flows ($relationshipFilter), marks what is traced — the same
// links the trace walks the other way, so an object is traced here exactly when its trace says approved. A
// second sweep from the decisions that are not approved marks what is reached only through them (reason
// DECISION_NOT_APPROVED rather than NO_DECISION). Each sweep visits each node once (subgraphNodes). The marks
// are maps keyed by element id, so the one pass over the counted types that follows looks each object up in
// constant time; it returns per type the total, the traced count and the broken ids with their reason.
CALL () {
  MATCH (d:ScopeAgreement) WHERE d.decision = 'APPROVED'
  WITH collect(d) AS decisions
  CALL apoc.path.subgraphNodes(decisions, {relationshipFilter: $relationshipFilter, maxLevel: $maxDepth})
  YIELD node
  RETURN apoc.map.fromPairs(collect([elementId(node), true])) AS traced
}
CALL () {
  MATCH (d:ScopeAgreement) WHERE d.decision IS NULL OR d.decision <> 'APPROVED'
  WITH collect(d) AS decisions
  CALL apoc.path.subgraphNodes(decisions, {relationshipFilter: $relationshipFilter, maxLevel: $maxDepth})
  YIELD node
  RETURN apoc.map.fromPairs(collect([elementId(node), true])) AS unapproved
}
MATCH (n:DataObject)
WITH traced, unapproved, n, [label IN labels(n) WHERE label IN $types][0] AS type
WHERE type IS NOT NULL
WITH traced, unapproved, n, type, coalesce(traced[elementId(n)], false) AS isTraced
WITH type, count(*) AS total, sum(CASE WHEN isTraced THEN 1 ELSE 0 END) AS tracedCount,
  collect(CASE WHEN isTraced THEN null
          ELSE [n.id, CASE WHEN unapproved[elementId(n)] THEN 'DECISION_NOT_APPROVED' ELSE 'NO_DECISION' END]
          END) AS broken
RETURN type, total, tracedCount AS traced, broken
