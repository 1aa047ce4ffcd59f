// details: everything the details panel shows for one object: attributes, accountability (only when
// $accountability), open incidents/problems/RFCs linked directly, and its lineage links with neighbours.
MATCH (n:DataObject {id: $id})
RETURN n {.*, labels: labels(n)} AS node,
  COLLECT { MATCH (p:Party)-[:OWNS]->(n) WHERE $accountability RETURN p {.*} ORDER BY p.id } AS owners,
  COLLECT { MATCH (p:Party)-[a:APPROVED]->(n) WHERE $accountability
            RETURN {party: p {.*}, at: a.at} ORDER BY a.at } AS approvals,
  COLLECT { MATCH (p:Party)-[:ASSIGNED_TO]->(n) WHERE $accountability RETURN p {.*} ORDER BY p.id } AS assignees,
  COLLECT {
    MATCH (n)-[r]-(w:DataObject)
    WHERE type(r) IN $lineageTypes
      AND ((w:Incident AND w.status IN $openIncident) OR (w:Problem AND w.status IN $openProblem)
        OR (w:RFC AND w.status IN $openRFC))
    RETURN DISTINCT w {.*, labels: labels(w)} LIMIT $limit
  } AS openWork,
  COLLECT {
    MATCH (n)-[r]-(w:DataObject) WHERE type(r) IN $lineageTypes
    RETURN {id: elementId(r), type: type(r), from: startNode(r).id, to: endNode(r).id,
            properties: properties(r), neighbour: w {.*, labels: labels(w)}}
    LIMIT $limit
  } AS links
