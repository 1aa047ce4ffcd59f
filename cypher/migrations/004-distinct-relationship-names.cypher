// Relationship names that carried several meanings get one name per meaning (server/model/roles.ts: every
// relationship type has one role, so the provenance filter of the audit trace can be a plain list of
// types). Stored links keep their endpoints and properties; only the type changes. Batched through
// apoc.periodic.iterate so a large estate is renamed in bounded transactions; on an empty database it is a
// no-op. Imports still accept the old names for these pairs (with a deprecation warning).
CALL apoc.periodic.iterate(
  "MATCH (a)-[r:RAISES]->(b:RFC) WHERE a:ITInitiative OR a:FulfillmentRequest OR a:Incident RETURN r",
  "CALL apoc.refactor.setType(r, 'REQUESTS_CHANGE') YIELD output RETURN count(*)",
  {batchSize: 5000});
CALL apoc.periodic.iterate(
  "MATCH (a)-[r:RAISES]->(b:Defect) WHERE a:Incident OR a:Problem RETURN r",
  "CALL apoc.refactor.setType(r, 'REPORTS_DEFECT') YIELD output RETURN count(*)",
  {batchSize: 5000});
CALL apoc.periodic.iterate(
  "MATCH (:ServiceRequest)-[r:FULFILLED_BY]->(:FulfillmentRequest) RETURN r",
  "CALL apoc.refactor.setType(r, 'DECOMPOSED_INTO') YIELD output RETURN count(*)",
  {batchSize: 5000});
