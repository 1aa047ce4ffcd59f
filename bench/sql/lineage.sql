-- lineage: everything downstream of one object ($1) along outgoing lineage relationships ($2), breadth
-- first, each node once, to depth $3 — the question lineage.cypher answers with a downstream filter. Returns
-- every reached object with its attributes and depth (the root not included).
WITH RECURSIVE walk (depth, frontier, visited) AS (
  SELECT 0, ARRAY[$1::text], ARRAY[$1::text]
  UNION ALL
  SELECT w.depth + 1, step.frontier, w.visited || step.frontier
  FROM walk w
  CROSS JOIN LATERAL (
    SELECT coalesce(array_agg(DISTINCT e.dst), '{}') AS frontier
    FROM unnest(w.frontier) AS f (id)
    JOIN edges e ON e.src = f.id AND e.type = ANY ($2::text[])
    WHERE e.dst <> ALL (w.visited)
  ) step
  WHERE w.depth < $3 AND cardinality(w.frontier) > 0
)
SELECT n.id, n.type, n.name, n.status, n.props, w.depth
FROM walk w
CROSS JOIN LATERAL unnest(w.frontier) AS r (id)
JOIN nodes n ON n.id = r.id
WHERE w.depth > 0
ORDER BY w.depth, n.id
