// data-object-ids: every data object id, in id order (the path benchmark draws seeded pairs of arbitrary
// objects from it).
MATCH (n:DataObject)
RETURN n.id AS id
ORDER BY id
