// export-nodes: every data object and party (or only those in $ids when it is not null), with its type.
MATCH (n)
WHERE (n:DataObject OR n:Party) AND ($ids IS NULL OR n.id IN $ids)
RETURN CASE WHEN n:Party THEN 'Party' ELSE [l IN labels(n) WHERE l <> 'DataObject'][0] END AS type,
  properties(n) AS properties
ORDER BY type, n.id
