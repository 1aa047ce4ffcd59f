// impact: the blast radius of an object: everything downstream along outgoing lineage links, breadth first,
// each node once, bounded by depth and by $scan visited nodes. Counts cover everything reached (the root not
// counted); the node list is capped at $limit, nearest first.
MATCH (root:DataObject {id: $id})
CALL apoc.path.expandConfig(root, {
  relationshipFilter: $relationshipFilter,
  minLevel: 1, maxLevel: $maxDepth, uniqueness: 'NODE_GLOBAL', bfs: true, limit: $scan
}) YIELD path
WITH root, last(nodes(path)) AS node, length(path) AS depth
WITH root, collect({node: node, depth: depth}) AS reached
RETURN root {.*, labels: labels(root)} AS root,
  size(reached) AS total,
  COLLECT {
    UNWIND reached AS r
    WITH [label IN labels(r.node) WHERE label <> 'DataObject'][0] AS type, count(*) AS count
    RETURN {type: type, count: count} ORDER BY count DESC, type
  } AS byType,
  size([r IN reached WHERE r.node:Incident AND r.node.status IN $openIncident]) AS openIncidents,
  size([r IN reached WHERE r.node:Problem AND r.node.status IN $openProblem]) AS openProblems,
  size([r IN reached WHERE r.node:RFC AND r.node.status IN $openRFC]) AS openRFCs,
  [r IN reached[0..$limit] | r.node] AS nodes,
  [r IN reached[0..$limit] | r.depth] AS depths
