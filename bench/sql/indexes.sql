-- indexes: a unique key on node id (covering the type, so the traversal reads no heap), a key on the
-- relationship id (paths are rebuilt from it), and covering indexes for following relationships both ways by
-- endpoint and type. Then statistics and the visibility map.
CREATE UNIQUE INDEX nodes_id ON nodes (id) INCLUDE (type);
CREATE UNIQUE INDEX edges_eid ON edges (eid);
CREATE INDEX edges_src ON edges (src, type) INCLUDE (dst, eid);
CREATE INDEX edges_dst ON edges (dst, type) INCLUDE (src, eid);
VACUUM ANALYZE nodes;
VACUUM ANALYZE edges;
