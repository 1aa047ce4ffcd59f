// Every data object and every party has a unique id (business key). The constraints also give the index
// seeks every named query and the loader's MERGE start from.
CREATE CONSTRAINT data_object_id IF NOT EXISTS FOR (n:DataObject) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT party_id IF NOT EXISTS FOR (n:Party) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT migration_id IF NOT EXISTS FOR (n:Migration) REQUIRE n.id IS UNIQUE;
