// lineage: the root's upstream and/or downstream along lineage links only (accountability is never
// traversed), breadth first, each node once, bounded by depth and by $scan visited nodes.
// $relationshipFilter: "GOVERNS>|..." (downstream), "<GOVERNS|..." (upstream) or "GOVERNS|..." (both).
MATCH (root:DataObject {id: $id})
CALL apoc.path.expandConfig(root, {
  relationshipFilter: $relationshipFilter,
  minLevel: 1, maxLevel: $maxDepth, uniqueness: 'NODE_GLOBAL', bfs: true, limit: $scan
}) YIELD path
WITH root, last(nodes(path)) AS node, length(path) AS depth
WHERE $types IS NULL OR any(label IN labels(node) WHERE label IN $types)
WITH root, collect({node: node {.*, labels: labels(node)}, depth: depth}) AS reached
RETURN root {.*, labels: labels(root)} AS root, reached[0..$limit] AS reached, size(reached) AS total
