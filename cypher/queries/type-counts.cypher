// type-counts: objects per data object type, and totals, from the count store (no scan).
CALL apoc.meta.stats() YIELD labels, relTypesCount
RETURN [type IN $types | {type: type, count: coalesce(labels[type], 0)}] AS counts,
  coalesce(labels['DataObject'], 0) AS totalNodes,
  reduce(total = 0, type IN keys(relTypesCount) | total + relTypesCount[type]) AS totalRelationships
