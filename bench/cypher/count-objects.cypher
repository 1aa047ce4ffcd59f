// count-objects: data objects and relationships in the database (from the count store, no scan): checks
// that a reused bench estate is still complete.
RETURN COUNT { (n:DataObject) } AS nodes, COUNT { ()-[]->() } AS relationships
