// raw-create-nodes: the baseline a hand-written import would use: CREATE (no MERGE) one batch of data
// objects of one type. __TYPE__ is a type of the meta-model, filled in by the harness.
UNWIND $rows AS row
CREATE (n:DataObject:__TYPE__ {id: row.id})
SET n += row.props, n.createdAt = row.createdAt, n.updatedAt = row.updatedAt
