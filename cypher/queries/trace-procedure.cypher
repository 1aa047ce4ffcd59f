// trace-procedure: the same rows as trace.cypher from the explorer's compiled walk, it4it.provenance
// (neo4j/src/main/java/org/it4it/explorer/procedures/Provenance.java), on a Neo4j that has it: the local one
// registers it; a server without it (Aura takes no plugins) gets trace.cypher. The procedure walks breadth
// first in APOC's order (so each node's `via` is the same link) with one relationship lookup per visited node
// instead of one per listed type, and counts each node's provenance links upstream (`upstream`) from that same
// lookup instead of apoc.node.degree's second look; this file shapes its rows into trace.cypher's columns.
// Node and link properties come from the procedure, with date-times at an offset already written as the
// JavaScript driver writes them (the driver's decoding of each was about a tenth of a trace's server time), so
// these rows equal trace.cypher's once read (server/traceability/neo4j-values.ts, toPlain).
// Parameters are those of trace.cypher.
MATCH (target:DataObject {id: $id})
CALL it4it.provenance(target, $relationshipFilter, $maxDepth, $scan)
  YIELD node AS n, depth, via, upstream, properties, viaProperties
RETURN properties {.*, labels: labels(n)} AS node, depth,
  CASE WHEN via IS NULL THEN null ELSE
    {id: elementId(via), type: type(via), from: startNode(via).id, to: endNode(via).id,
     properties: viaProperties} END AS via,
  upstream,
  CASE WHEN $toType IN labels(n) THEN {
    policyIds: COLLECT { MATCH (policy:Policy)-[:GOVERNS]->(n) RETURN policy.id ORDER BY policy.id },
    approvals: COLLECT { MATCH (party:Party)-[a:APPROVED]->(n) WHERE $accountability
                         RETURN {party: party {.*}, at: a.at} ORDER BY a.at },
    owners: COLLECT { MATCH (party:Party)-[:OWNS]->(n) WHERE $accountability
                      RETURN party {.*} ORDER BY party.id }
  } END AS evidence
