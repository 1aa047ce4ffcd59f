// search: full-text over id and name (index data_object_search), best match first; an exact id comes first.
// $query: a Lucene query built by server/traceability/search-query.ts from the user's text (never raw input).
CALL db.index.fulltext.queryNodes('data_object_search', $query, {limit: $scan})
YIELD node, score
WHERE $types IS NULL OR any(label IN labels(node) WHERE label IN $types)
WITH node, score + CASE WHEN toLower(node.id) = toLower($text) THEN 1000.0 ELSE 0.0 END AS rank
ORDER BY rank DESC, node.id
LIMIT $limit
RETURN node {.*, labels: labels(node)} AS node
