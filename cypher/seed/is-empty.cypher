// is-empty: true when the database holds no data object yet (the demo estate is loaded only then).
MATCH (n:DataObject)
RETURN count(n) = 0 AS empty
