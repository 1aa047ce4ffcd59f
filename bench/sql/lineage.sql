-- lineage: the question lineage.cypher answers with a downstream filter, with the same payload: everything
-- downstream of one object ($1) along outgoing lineage links ($2: the model's lineage types, built by the
-- harness), breadth first, each object once (frontier and visited set carried level by level as arrays), to
-- depth $3; the reached objects nearest first (the root not included) with their attributes and depth, capped
-- at $4, and the lineage links among the root and the objects returned. One row: reached (json), total, edges.
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
  SELECT r.id, w.depth FROM walk w CROSS JOIN LATERAL unnest(w.frontier) AS r (id) WHERE w.depth > 0
),
kept AS (
  SELECT id, depth FROM reached ORDER BY depth, id LIMIT $4
),
shown AS (
  SELECT id FROM kept UNION ALL SELECT $1::text
)
SELECT
  (SELECT count(*) FROM reached) AS total,
  coalesce((
    SELECT json_agg(json_build_object('id', n.id, 'type', n.type, 'name', n.name, 'status', n.status,
      'properties', n.props, 'depth', k.depth) ORDER BY k.depth, k.id)
    FROM kept k JOIN nodes n ON n.id = k.id), '[]') AS reached,
  coalesce((
    SELECT json_agg(json_build_object('id', e.eid, 'type', e.type, 'from', e.src, 'to', e.dst,
      'properties', coalesce(e.props, '{}')))
    FROM shown a JOIN edges e ON e.src = a.id AND e.type = ANY ($2::text[])
    JOIN shown b ON b.id = e.dst), '[]') AS edges
