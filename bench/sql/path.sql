-- path: the question path.cypher answers, with the same payload: the shortest downstream lineage path from
-- $1 to $2 along outgoing lineage links ($3: the model's lineage types), breadth first, each object once
-- (frontier and visited set carried level by level as arrays, each object keeping the link it was first
-- reached by), stopping at the level that reaches $2 or at depth $4; the path is rebuilt from $2 back to $1.
-- No row when there is none (the harness, like the path field, also asks the other way round).
WITH RECURSIVE walk (depth, ids, vias, visited) AS (
  SELECT 0, ARRAY[$1::text], ARRAY[NULL::bigint], ARRAY[$1::text]
  UNION ALL
  SELECT w.depth + 1, step.ids, step.vias, w.visited || step.ids
  FROM walk w
  CROSS JOIN LATERAL (
    SELECT coalesce(array_agg(s.dst ORDER BY s.dst), '{}') AS ids, coalesce(array_agg(s.eid ORDER BY s.dst), '{}') AS vias
    FROM (
      SELECT DISTINCT ON (e.dst) e.dst, e.eid
      FROM unnest(w.ids) AS f (id)
      JOIN edges e ON e.src = f.id AND e.type = ANY ($3::text[])
      WHERE e.dst <> ALL (w.visited)
      ORDER BY e.dst, e.eid
    ) s
  ) step
  WHERE w.depth < $4 AND cardinality(w.ids) > 0 AND NOT ($2::text = ANY (w.ids))
),
cone AS (
  SELECT w.depth, c.id, c.via FROM walk w CROSS JOIN LATERAL unnest(w.ids, w.vias) AS c (id, via)
),
back (step, id, via) AS (
  SELECT 0, c.id, c.via FROM cone c WHERE c.id = $2 AND c.depth > 0
  UNION ALL
  SELECT b.step + 1, e.src, c.via
  FROM back b JOIN edges e ON e.eid = b.via JOIN cone c ON c.id = e.src
)
SELECT
  json_agg(json_build_object('id', n.id, 'type', n.type, 'name', n.name, 'status', n.status,
    'properties', n.props) ORDER BY b.step DESC) AS nodes,
  coalesce(json_agg(json_build_object('id', e.eid, 'type', e.type, 'from', e.src, 'to', e.dst,
    'properties', coalesce(e.props, '{}')) ORDER BY b.step DESC) FILTER (WHERE e.eid IS NOT NULL), '[]') AS edges
FROM back b JOIN nodes n ON n.id = b.id LEFT JOIN edges e ON e.eid = b.via
HAVING count(*) > 0
