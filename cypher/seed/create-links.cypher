// create-links: one batch of lineage links of one type between data objects written by this load into a
// database that was empty when it began: no such link can exist yet, so CREATE replaces MERGE's check of the
// start node's relationships (costly on hubs). __TYPE__ is the relationship type, taken from the meta-model;
// the loader drops repeated (type, from, to) rows first, as MERGE would have merged them.
UNWIND $rows AS row
MATCH (a:DataObject {id: row.from})
MATCH (b:DataObject {id: row.to})
CREATE (a)-[r:__TYPE__]->(b)
SET r += row.props, r.createdAt = coalesce(row.createdAt, datetime())
