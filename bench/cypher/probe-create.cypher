// probe-create: a write from outside the server (the harness's own driver): one Incident with no links, so
// the next coverage answer must count one more Incident and one more broken chain, and the overview one more
// Incident. probe-delete.cypher removes it again (the estate marker counts objects).
CREATE (:DataObject:Incident {id: $id, name: 'bench freshness probe', status: 'NEW'})
