// migrations-applied: every migration recorded in the database, with the checksum it was applied with.
MATCH (m:Migration)
RETURN m.id AS id, m.checksum AS checksum
