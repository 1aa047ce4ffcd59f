-- insert-edges: one batch of relationships as parallel arrays.
INSERT INTO edges (src, dst, type, props)
SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[])
