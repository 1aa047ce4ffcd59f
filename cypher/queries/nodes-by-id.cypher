// nodes-by-id: the objects of one page of broken chains, by id (unique-constraint seeks), in the given order.
UNWIND range(0, size($ids) - 1) AS i
MATCH (n:DataObject {id: $ids[i]})
RETURN n {.*, labels: labels(n)} AS node
ORDER BY i
