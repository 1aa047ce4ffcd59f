package org.it4it.explorer.procedures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;

/**
 * An APOC relationship filter ({@code TYPE>|<TYPE|TYPE}) as the explorer's procedures read it: its (type,
 * direction) pairs in the filter's order, the index of each pair by type and direction, and the distinct
 * types, so that a walk asks a node once for the relationships of every listed type and sorts them itself.
 */
final class RelationshipFilter {
  final RelationshipType[] types;
  /** Per type: the pair index for OUTGOING, INCOMING and BOTH (by Direction's ordinal; -1 when not listed). */
  final Map<String, int[]> pairsOf = new HashMap<>();
  /** How many (type, direction) pairs the filter lists. */
  final int size;

  RelationshipFilter(String procedure, String text) {
    String[] defs = text.split("\\|");
    List<RelationshipType> distinct = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int index = 0;
    for (String def : defs) {
      String name = def.replaceAll("[<>:`]", "").trim();
      if (name.isEmpty()) {
        throw new IllegalArgumentException(
            procedure + " takes a filter of named types (TYPE>|<TYPE|TYPE), got: " + text);
      }
      Direction way = def.contains("<") ? Direction.INCOMING : def.contains(">") ? Direction.OUTGOING : Direction.BOTH;
      int[] pairs = pairsOf.computeIfAbsent(name, k -> new int[] {-1, -1, -1});
      pairs[way.ordinal()] = index++;
      if (seen.add(name)) distinct.add(RelationshipType.withName(name));
    }
    this.types = distinct.toArray(new RelationshipType[0]);
    this.size = index;
  }

  /** Whether the filter lets a walk standing on {@code node} follow {@code r} (of one of its types). */
  boolean follows(Relationship r, Node node) {
    int[] pairs = pairsOf.get(r.getType().name());
    if (pairs[Direction.BOTH.ordinal()] >= 0) return true;
    return (pairs[Direction.OUTGOING.ordinal()] >= 0 && r.getStartNode().equals(node))
        || (pairs[Direction.INCOMING.ordinal()] >= 0 && r.getEndNode().equals(node));
  }
}
