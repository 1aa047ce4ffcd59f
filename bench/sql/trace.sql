-- trace: the audit trace of one object ($1), the question trace.cypher + provenance-cone.ts answer, with the
-- same payload. The upstream provenance cone is walked breadth first, each object once (frontier and visited
-- set carried level by level as arrays), to depth $4: a link of a type in $2 is walked against its stored
-- direction (child = dst, parent = src), a link of a type in $3 (authority reversed: PROPOSED_IN, SUPPORTS)
-- with it. Both lists are built from server/model by the harness, never by hand. Each object keeps the link
-- it was first reached by (`via`, the lowest relationship id among the equally near ones). The origins are
-- the cone's objects of type $5: the nearest APPROVED ones when any is approved, else the nearest ones, at
-- most $6 (lowest id first); each path is rebuilt from its origin down to the target along the `via` links.
-- One row: the target, whether an approved decision was reached, and the paths (origin first) with their
-- nodes, edges and the origin's evidence (governing policies, approvals, owners), as the GraphQL trace ships.
WITH RECURSIVE walk (depth, ids, vias, visited) AS (
  SELECT 0, ARRAY[$1::text], ARRAY[NULL::bigint], ARRAY[$1::text]
  UNION ALL
  SELECT w.depth + 1, step.ids, step.vias, w.visited || step.ids
  FROM walk w
  CROSS JOIN LATERAL (
    SELECT coalesce(array_agg(s.parent ORDER BY s.parent), '{}') AS ids,
      coalesce(array_agg(s.eid ORDER BY s.parent), '{}') AS vias
    FROM (
      SELECT DISTINCT ON (u.parent) u.parent, u.eid
      FROM unnest(w.ids) AS f (id)
      CROSS JOIN LATERAL (
        SELECT e.src AS parent, e.eid FROM edges e WHERE e.dst = f.id AND e.type = ANY ($2::text[])
        UNION ALL
        SELECT e.dst AS parent, e.eid FROM edges e WHERE e.src = f.id AND e.type = ANY ($3::text[])
      ) u
      WHERE u.parent <> ALL (w.visited)
      ORDER BY u.parent, u.eid
    ) s
  ) step
  WHERE w.depth < $4 AND cardinality(w.ids) > 0
),
cone AS (
  SELECT w.depth, c.id, c.via FROM walk w CROSS JOIN LATERAL unnest(w.ids, w.vias) AS c (id, via)
),
origins AS (
  SELECT c.id, c.depth, coalesce(n.props ->> 'decision' = 'APPROVED', false) AS approved
  FROM cone c JOIN nodes n ON n.id = c.id
  WHERE n.type = $5 AND c.depth > 0
),
preference AS (
  SELECT coalesce(bool_or(approved), false) AS approved FROM origins
),
chosen AS (
  SELECT o.id FROM origins o, preference p
  WHERE o.approved = p.approved
    AND o.depth = (SELECT min(o2.depth) FROM origins o2 WHERE o2.approved = p.approved)
  ORDER BY o.id
  LIMIT $6
),
path (origin, step, id, via) AS (
  SELECT ch.id, 0, ch.id, c.via FROM chosen ch JOIN cone c ON c.id = ch.id
  UNION ALL
  SELECT p.origin, p.step + 1, c.id, c.via
  FROM path p
  JOIN edges e ON e.eid = p.via
  JOIN cone c ON c.id = CASE WHEN e.src = p.id THEN e.dst ELSE e.src END
),
paths AS (
  SELECT p.origin, max(p.step) AS length,
    json_agg(json_build_object('id', n.id, 'type', n.type, 'name', n.name, 'status', n.status,
      'properties', n.props) ORDER BY p.step) AS nodes,
    coalesce(json_agg(json_build_object('id', e.eid, 'type', e.type, 'from', e.src, 'to', e.dst,
      'properties', coalesce(e.props, '{}')) ORDER BY p.step) FILTER (WHERE e.eid IS NOT NULL), '[]') AS edges
  FROM path p
  JOIN nodes n ON n.id = p.id
  LEFT JOIN edges e ON e.eid = p.via
  GROUP BY p.origin
)
SELECT
  (SELECT json_build_object('id', n.id, 'type', n.type, 'name', n.name, 'status', n.status,
     'properties', n.props) FROM nodes n WHERE n.id = $1) AS target,
  (SELECT approved FROM preference) AS approved,
  coalesce((
    SELECT json_agg(json_build_object(
      'length', p.length,
      'nodes', p.nodes,
      'edges', p.edges,
      'origin', json_build_object(
        'id', p.origin,
        'policyIds', coalesce((
          SELECT json_agg(e.src ORDER BY e.src) FROM edges e JOIN nodes pol ON pol.id = e.src
          WHERE e.dst = p.origin AND e.type = 'GOVERNS' AND pol.type = 'Policy'), '[]'),
        'approvals', coalesce((
          SELECT json_agg(json_build_object('party', json_build_object('id', party.id, 'name', party.name, 'kind', party.props ->> 'kind', 'email', party.props ->> 'email'),
            'at', e.props ->> 'at') ORDER BY e.props ->> 'at')
          FROM edges e JOIN nodes party ON party.id = e.src
          WHERE e.dst = p.origin AND e.type = 'APPROVED' AND party.type = 'Party'), '[]'),
        'owners', coalesce((
          SELECT json_agg(json_build_object('id', party.id, 'name', party.name, 'kind', party.props ->> 'kind', 'email', party.props ->> 'email') ORDER BY party.id)
          FROM edges e JOIN nodes party ON party.id = e.src
          WHERE e.dst = p.origin AND e.type = 'OWNS' AND party.type = 'Party'), '[]')))
      ORDER BY p.origin)
    FROM paths p), '[]') AS paths
