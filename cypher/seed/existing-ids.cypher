// existing-ids: which of the given ids are already in the database, with their type (index seeks on the
// DataObject.id and Party.id unique constraints).
UNWIND $ids AS id
CALL (id) {
  MATCH (n:DataObject {id: id})
  RETURN n.id AS found, [l IN labels(n) WHERE l <> 'DataObject'][0] AS type
  UNION
  MATCH (n:Party {id: id})
  RETURN n.id AS found, 'Party' AS type
}
RETURN found AS id, type
