// raw-create-parties: the baseline for one batch of parties: CREATE, no MERGE.
UNWIND $rows AS row
CREATE (n:Party {id: row.id})
SET n += row.props
