-- insert-nodes: one batch of objects as parallel arrays.
INSERT INTO nodes (id, type, name, status, props)
SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::jsonb[])
