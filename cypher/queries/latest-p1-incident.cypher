// latest-p1-incident: the most recently opened P1 incident, the landing page's starting point.
MATCH (i:Incident)
WHERE i.priority = 'P1'
RETURN i {.*, labels: labels(i)} AS node
ORDER BY coalesce(i.openedAt, i.createdAt) DESC, i.id DESC
LIMIT 1
