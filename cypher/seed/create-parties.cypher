// create-parties: one batch of accountable parties into a database that held no data object or party when
// the load began (see create-nodes.cypher for why CREATE is safe there).
UNWIND $rows AS row
CREATE (n:Party {id: row.id})
SET n += row.props,
  n.createdAt = coalesce(row.createdAt, datetime()),
  n.updatedAt = coalesce(row.updatedAt, datetime())
