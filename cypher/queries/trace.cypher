// trace: the shortest upstream paths from the object to the nearest objects of $toType. Breadth first over
// incoming lineage links, each node once; paths end at the first $toType object they meet (terminator
// filter). First the distance of the nearest one (a search that stops at the first hit), then the paths up to
// that distance only, so the search never explores the upstream cone beyond it. The first $maxPaths + 1
// paths found are the nearest ones; the caller keeps those of the minimum length and reports truncated when
// more exist. Evidence on each origin: governing policies, approvals and owners (the last two only when
// $accountability).
MATCH (target:DataObject {id: $id})
CALL (target) {
  CALL apoc.path.expandConfig(target, {
    relationshipFilter: $relationshipFilter, labelFilter: '/' + $toType,
    minLevel: 1, maxLevel: $maxDepth, uniqueness: 'NODE_GLOBAL', bfs: true, limit: 1
  }) YIELD path
  RETURN length(path) AS nearest
}
CALL apoc.path.expandConfig(target, {
  relationshipFilter: $relationshipFilter, labelFilter: '/' + $toType,
  minLevel: 1, maxLevel: nearest, uniqueness: 'NODE_GLOBAL', bfs: true, limit: $maxPaths + 1
}) YIELD path
WITH target, path, last(nodes(path)) AS origin
RETURN target {.*, labels: labels(target)} AS target,
  [n IN reverse(nodes(path)) | n {.*, labels: labels(n)}] AS nodes,
  [r IN reverse(relationships(path)) |
    {id: elementId(r), type: type(r), from: startNode(r).id, to: endNode(r).id, properties: properties(r)}] AS edges,
  COLLECT { MATCH (policy:Policy)-[:GOVERNS]->(origin) RETURN policy.id ORDER BY policy.id } AS policyIds,
  COLLECT { MATCH (party:Party)-[a:APPROVED]->(origin) WHERE $accountability
            RETURN {party: party {.*}, at: a.at} ORDER BY a.at } AS approvals,
  COLLECT { MATCH (party:Party)-[:OWNS]->(origin) WHERE $accountability
            RETURN party {.*} ORDER BY party.id } AS owners
