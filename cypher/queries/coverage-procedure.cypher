// coverage-procedure: the rows of coverage-sweep.cypher from the explorer's compiled sweep, it4it.coverage
// (neo4j/src/main/java/org/it4it/explorer/procedures/Coverage.java), on a Neo4j that has it: the local one
// registers it; a server without it (Aura takes no plugins) runs coverage-sweep.cypher. The same two sweeps
// from the decisions over the provenance links and the same pass over the counted types, but the marks are
// bits by node number instead of maps keyed by element id, and each visited node is asked once for its links
// of the filter's types: at 1M objects 30.5 s became 2.1 s (same rows). Parameters are coverage-sweep's.
CALL it4it.coverage($relationshipFilter, $maxDepth, $types) YIELD type, total, traced, broken
RETURN type, total, traced, broken
