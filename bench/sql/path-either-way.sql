-- path-either-way: the question path-either-way.cypher answers (the path field in one round trip), with the
-- same payload: whether $1 and $2 exist as data objects (of a type in $5: the model's data object types, built
-- by the harness), and the shortest downstream lineage path between them either way, along outgoing lineage
-- links ($3: the model's lineage types) to depth $4. The two walks (side 0 from $1 to $2, side 1 from $2 to
-- $1) run in the same recursion, one row per side and level, each breadth first with its own visited set
-- (frontier and visited set carried level by level as arrays, each object keeping the link it was first
-- reached by, the lowest relationship id among the equally near ones), each stopping at the level that
-- reaches its goal or at depth $4; no walk when an end is unknown or $1 = $2. The nearer goal is kept
-- (side 0 on a tie) and its path rebuilt from the goal back to its start. Always one row: fromExists,
-- toExists, and nodes and edges (null when there is no path).
WITH RECURSIVE ends AS (
  SELECT EXISTS (SELECT 1 FROM nodes WHERE id = $1::text AND type = ANY ($5::text[])) AS from_exists,
    EXISTS (SELECT 1 FROM nodes WHERE id = $2::text AND type = ANY ($5::text[])) AS to_exists
),
walk (side, goal, depth, ids, vias, visited) AS (
  SELECT s.side, s.goal, 0, ARRAY[s.start], ARRAY[NULL::bigint], ARRAY[s.start]
  FROM ends CROSS JOIN (VALUES (0, $1::text, $2::text), (1, $2::text, $1::text)) AS s (side, start, goal)
  WHERE ends.from_exists AND ends.to_exists AND $1::text <> $2::text
  UNION ALL
  SELECT w.side, w.goal, w.depth + 1, step.ids, step.vias, w.visited || step.ids
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
  WHERE w.depth < $4 AND cardinality(w.ids) > 0 AND NOT (w.goal = ANY (w.ids))
),
cone AS (
  SELECT w.side, w.goal, w.depth, c.id, c.via FROM walk w CROSS JOIN LATERAL unnest(w.ids, w.vias) AS c (id, via)
),
nearer AS (
  SELECT c.side, c.id, c.via FROM cone c WHERE c.id = c.goal AND c.depth > 0 ORDER BY c.depth, c.side LIMIT 1
),
back (side, step, id, via) AS (
  SELECT n.side, 0, n.id, n.via FROM nearer n
  UNION ALL
  SELECT b.side, b.step + 1, e.src, c.via
  FROM back b JOIN edges e ON e.eid = b.via JOIN cone c ON c.side = b.side AND c.id = e.src
),
found AS (
  SELECT
    json_agg(json_build_object('id', n.id, 'type', n.type, 'name', n.name, 'status', n.status,
      'properties', n.props) ORDER BY b.step DESC) AS nodes,
    coalesce(json_agg(json_build_object('id', e.eid, 'type', e.type, 'from', e.src, 'to', e.dst,
      'properties', coalesce(e.props, '{}')) ORDER BY b.step DESC) FILTER (WHERE e.eid IS NOT NULL), '[]') AS edges
  FROM back b JOIN nodes n ON n.id = b.id LEFT JOIN edges e ON e.eid = b.via
  HAVING count(*) > 0
)
SELECT ends.from_exists AS "fromExists", ends.to_exists AS "toExists", found.nodes, found.edges
FROM ends LEFT JOIN found ON true
