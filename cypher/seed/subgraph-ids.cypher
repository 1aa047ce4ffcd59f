// subgraph-ids: the ids within $depth lineage hops of $id in one direction (the export's --from option),
// plus the parties accountable for them. Direction-only filter with the label filter -Party (as the lineage
// query): the walk never passes through accountability.
MATCH (root:DataObject {id: $id})
CALL apoc.path.subgraphNodes(root, {relationshipFilter: $relationshipFilter, labelFilter: $labelFilter, maxLevel: $depth}) YIELD node
WITH collect(DISTINCT node) AS nodes
RETURN [n IN nodes | n.id] + COLLECT {
  UNWIND nodes AS n
  MATCH (p:Party)-[]->(n)
  RETURN DISTINCT p.id
} AS ids
