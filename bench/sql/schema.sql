-- schema: the estate as a relational CMDB would keep it: one row per object, one per relationship (`eid`
-- identifies it: the payload's edge id), and a marker of which estate is loaded. Indexes are created after
-- loading (indexes.sql).
DROP TABLE IF EXISTS edges;
DROP TABLE IF EXISTS nodes;
DROP TABLE IF EXISTS bench_estate;
CREATE TABLE nodes (
  id text NOT NULL,
  type text NOT NULL,
  name text NOT NULL,
  status text,
  props jsonb NOT NULL
);
CREATE TABLE edges (
  eid bigint GENERATED ALWAYS AS IDENTITY,
  src text NOT NULL,
  dst text NOT NULL,
  type text NOT NULL,
  props jsonb
);
CREATE TABLE bench_estate (
  name text NOT NULL,
  fingerprint text NOT NULL,
  nodes integer NOT NULL,
  edges integer NOT NULL
);
