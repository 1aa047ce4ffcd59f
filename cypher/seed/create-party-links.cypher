// create-party-links: one batch of accountability links from a Party to a data object, into a database that
// was empty when the load began (see create-links.cypher). __TYPE__ is taken from the meta-model.
UNWIND $rows AS row
MATCH (a:Party {id: row.from})
MATCH (b:DataObject {id: row.to})
CREATE (a)-[r:__TYPE__]->(b)
SET r += row.props, r.createdAt = coalesce(row.createdAt, datetime())
