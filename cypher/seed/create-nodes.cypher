// create-nodes: one batch of data objects of one type into a database that held no data object or party when
// the load began. __TYPE__ is the type's label, taken from the meta-model. CREATE skips the index lookup that
// MERGE does per row (the unique constraint still refuses a duplicate id); a load that stops half-way is
// completed by a re-run, which finds the database non-empty and merges.
UNWIND $rows AS row
CREATE (n:DataObject:__TYPE__ {id: row.id})
SET n += row.props,
  n.createdAt = coalesce(row.createdAt, datetime()),
  n.updatedAt = coalesce(row.updatedAt, datetime())
