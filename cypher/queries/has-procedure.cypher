// has-procedure: whether this Neo4j offers the named procedure ($name), e.g. the explorer's compiled lineage
// traversal (it4it.lineage), which only the local Neo4j registers. Asked once per server and database; the
// callers fall back to their Cypher versions when the answer is no.
SHOW PROCEDURES YIELD name
WHERE name = $name
RETURN count(*) > 0 AS found
