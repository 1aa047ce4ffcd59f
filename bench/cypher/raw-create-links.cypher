// raw-create-links: the baseline for one batch of relationships of one type between data objects (or from a
// Party when __FROM__ is Party): two index seeks and a CREATE. __TYPE__ / __FROM__ are filled in by the harness.
UNWIND $rows AS row
MATCH (a:__FROM__ {id: row.from})
MATCH (b:DataObject {id: row.to})
CREATE (a)-[r:__TYPE__]->(b)
SET r += row.props
