-- impact: the question impact.cypher answers, with the same payload: everything downstream of one object ($1)
-- along outgoing lineage links ($2: the model's lineage types), breadth first, each object once (frontier and
-- visited set carried level by level as arrays), to depth $3; counted by type, with the open incidents,
-- problems and RFCs reached ($5, $6, $7: the open statuses from the model's lifecycles); the objects nearest
-- first with their attributes, capped at $4, and the lineage links among the root and those objects.
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
),
reached AS (
  SELECT r.id, w.depth, n.type, n.status, n.name, n.props
  FROM walk w CROSS JOIN LATERAL unnest(w.frontier) AS r (id) JOIN nodes n ON n.id = r.id
  WHERE w.depth > 0
),
kept AS (
  SELECT * FROM reached ORDER BY depth, id LIMIT $4
),
shown AS (
  SELECT id FROM kept UNION ALL SELECT $1::text
)
SELECT
  (SELECT count(*) FROM reached) AS total,
  coalesce((SELECT json_agg(json_build_object('type', t.type, 'count', t.count) ORDER BY t.count DESC, t.type)
    FROM (SELECT type, count(*) AS count FROM reached GROUP BY type) t), '[]') AS "byType",
  (SELECT count(*) FROM reached WHERE type = 'Incident' AND status = ANY ($5::text[])) AS "openIncidents",
  (SELECT count(*) FROM reached WHERE type = 'Problem' AND status = ANY ($6::text[])) AS "openProblems",
  (SELECT count(*) FROM reached WHERE type = 'RFC' AND status = ANY ($7::text[])) AS "openRFCs",
  coalesce((
    SELECT json_agg(json_build_object('id', k.id, 'type', k.type, 'name', k.name, 'status', k.status,
      'properties', k.props, 'depth', k.depth) ORDER BY k.depth, k.id)
    FROM kept k), '[]') AS nodes,
  coalesce((
    SELECT json_agg(json_build_object('id', e.eid, 'type', e.type, 'from', e.src, 'to', e.dst,
      'properties', coalesce(e.props, '{}')))
    FROM shown a JOIN edges e ON e.src = a.id AND e.type = ANY ($2::text[])
    JOIN shown b ON b.id = e.dst), '[]') AS edges
