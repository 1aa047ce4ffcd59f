// target: one object by id (to tell "not found" from "no result").
MATCH (node:DataObject {id: $id})
RETURN node {.*, labels: labels(node)} AS node
