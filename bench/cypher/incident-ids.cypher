// incident-ids: every incident id, in id order (the benchmarks draw a seeded sample from it).
MATCH (n:Incident)
RETURN n.id AS id
ORDER BY id
