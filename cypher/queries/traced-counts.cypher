// traced-counts: per type, how many objects are traceable to an approved portfolio decision, i.e. reached
// downstream from an APPROVED ScopeAgreement (the decisions themselves included). One breadth-first sweep
// from all approved decisions at once, each node once: far cheaper than one upstream search per object.
MATCH (decision:ScopeAgreement {decision: 'APPROVED'})
WITH collect(decision) AS decisions
CALL apoc.path.subgraphNodes(decisions, {relationshipFilter: $relationshipFilter, maxLevel: $maxDepth})
YIELD node
WITH [label IN labels(node) WHERE label <> 'DataObject'][0] AS type, count(*) AS traced
RETURN type, traced
