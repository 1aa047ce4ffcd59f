// edges-among: the lineage links between the given objects (both ends in $ids), for drawing a subgraph.
UNWIND $ids AS id
MATCH (a:DataObject {id: id})-[r]->(b:DataObject)
WHERE type(r) IN $lineageTypes AND b.id IN $ids
RETURN elementId(r) AS id, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties
