// export-relationships: every relationship between data objects and parties (or only those with both ends in
// $ids when it is not null).
MATCH (a)-[r]->(b)
WHERE (a:DataObject OR a:Party) AND b:DataObject AND ($ids IS NULL OR (a.id IN $ids AND b.id IN $ids))
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties
ORDER BY type, from, to
