// merge-nodes: one batch of data objects of one type. __TYPE__ is replaced by the type's label, taken from
// the meta-model (never from input). MERGE on DataObject.id uses the unique constraint, so a re-run or a
// resumed run updates instead of duplicating.
UNWIND $rows AS row
MERGE (n:DataObject {id: row.id})
ON CREATE SET n.createdAt = coalesce(row.createdAt, datetime())
SET n:__TYPE__, n += row.props, n.updatedAt = coalesce(row.updatedAt, datetime())
