// Full-text index over the ids and names of all data objects, for the search field (typeahead).
CREATE FULLTEXT INDEX data_object_search IF NOT EXISTS FOR (n:DataObject) ON EACH [n.id, n.name];
