// merge-party-links: one batch of accountability links (OWNS, APPROVED, ASSIGNED_TO) from a Party to a data
// object. __TYPE__ is the relationship type, taken from the meta-model.
UNWIND $rows AS row
MATCH (a:Party {id: row.from})
MATCH (b:DataObject {id: row.to})
MERGE (a)-[r:__TYPE__]->(b)
ON CREATE SET r.createdAt = coalesce(row.createdAt, datetime())
SET r += row.props
