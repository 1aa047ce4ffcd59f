-- indexes: a unique key on node id (covering the type, so the traversal reads no heap), and covering indexes
-- for following relationships both ways by endpoint and type. Then statistics and the visibility map.
CREATE UNIQUE INDEX nodes_id ON nodes (id) INCLUDE (type);
CREATE INDEX edges_src ON edges (src, type) INCLUDE (dst);
CREATE INDEX edges_dst ON edges (dst, type) INCLUDE (src);
VACUUM ANALYZE nodes;
VACUUM ANALYZE edges;
