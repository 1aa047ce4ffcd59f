-- trace: from one object ($1) upstream to the nearest ScopeAgreement, the question trace.cypher answers:
-- breadth first over incoming lineage relationships ($2: the lineage types), each node visited once (the
-- frontier and visited set are arrays carried level by level), paths end at a ScopeAgreement, and the walk
-- stops at the first level that reaches one, or at depth $3. Returns that depth and the ScopeAgreements.
WITH RECURSIVE walk (depth, frontier, visited, origins) AS (
  SELECT 0, ARRAY[$1::text], ARRAY[$1::text], ARRAY[]::text[]
  UNION ALL
  SELECT w.depth + 1, step.frontier, w.visited || step.frontier || step.origins, step.origins
  FROM walk w
  CROSS JOIN LATERAL (
    SELECT
      coalesce(array_agg(DISTINCT e.src) FILTER (WHERE n.type <> 'ScopeAgreement'), '{}') AS frontier,
      coalesce(array_agg(DISTINCT e.src) FILTER (WHERE n.type = 'ScopeAgreement'), '{}') AS origins
    FROM unnest(w.frontier) AS f (id)
    JOIN edges e ON e.dst = f.id AND e.type = ANY ($2::text[])
    JOIN nodes n ON n.id = e.src
    WHERE e.src <> ALL (w.visited)
  ) step
  WHERE w.depth < $3 AND cardinality(w.origins) = 0 AND cardinality(w.frontier) > 0
)
SELECT depth, origins
FROM walk
WHERE cardinality(origins) > 0
ORDER BY depth
LIMIT 1
