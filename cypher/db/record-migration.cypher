// record-migration: marks a migration file as applied, with its checksum, so a re-run skips it and a changed
// file is refused.
MERGE (m:Migration {id: $id})
SET m.checksum = $checksum, m.appliedAt = datetime()
