-- estate-marker: which estate the tables hold (empty when none or loading was interrupted).
SELECT name, fingerprint, nodes, edges FROM bench_estate
