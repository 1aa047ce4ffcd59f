// holds-estate: whether the database holds any data object or party (the loader CREATEs into an empty one and
// MERGEs otherwise; `import --initial` refuses a non-empty one). Two label scans that stop at the first node.
RETURN EXISTS { MATCH (:DataObject) } OR EXISTS { MATCH (:Party) } AS holds
