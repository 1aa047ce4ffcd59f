-- record-estate: marks the tables as holding this estate (written last, so an interrupted load reloads).
INSERT INTO bench_estate (name, fingerprint, nodes, edges) VALUES ($1, $2, $3, $4)
