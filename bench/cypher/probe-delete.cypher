// probe-delete: removes the freshness probe written by probe-create.cypher.
MATCH (n:Incident {id: $id})
DETACH DELETE n
