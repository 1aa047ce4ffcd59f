// merge-parties: one batch of accountable parties (people and teams), merged on Party.id.
UNWIND $rows AS row
MERGE (n:Party {id: row.id})
ON CREATE SET n.createdAt = coalesce(row.createdAt, datetime())
SET n += row.props, n.updatedAt = coalesce(row.updatedAt, datetime())
