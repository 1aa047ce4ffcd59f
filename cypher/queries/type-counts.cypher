// type-counts: objects per data object type, and totals, from the count store (no scan).
// $hiddenRelationships names the relationship types the caller may not see (the accountability links for a
// viewer): they are left out of totalRelationships so that an aggregate does not reveal them either.
CALL apoc.meta.stats() YIELD labels, relTypesCount
RETURN [type IN $types | {type: type, count: coalesce(labels[type], 0)}] AS counts,
  coalesce(labels['DataObject'], 0) AS totalNodes,
  reduce(total = 0, type IN [t IN keys(relTypesCount) WHERE NOT t IN $hiddenRelationships] |
    total + relTypesCount[type]) AS totalRelationships
