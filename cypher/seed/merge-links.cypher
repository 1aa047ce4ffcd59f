// merge-links: one batch of lineage links of one type between data objects. __TYPE__ is the relationship
// type, taken from the meta-model. MERGE makes a re-run idempotent.
UNWIND $rows AS row
MATCH (a:DataObject {id: row.from})
MATCH (b:DataObject {id: row.to})
MERGE (a)-[r:__TYPE__]->(b)
ON CREATE SET r.createdAt = coalesce(row.createdAt, datetime())
SET r += row.props
