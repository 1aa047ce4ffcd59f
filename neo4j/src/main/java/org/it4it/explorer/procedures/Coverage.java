package org.it4it.explorer.procedures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Transaction;
import org.neo4j.procedure.Context;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Mode;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.Procedure;

/**
 * {@code it4it.coverage}: the rows of cypher/queries/coverage-sweep.cypher as one procedure call. Two sweeps
 * breadth first over the filter's links, each from a set of decisions at once, each node once at the depth
 * it is first reached, up to {@code maxDepth} (APOC's {@code subgraphNodes} from a list of start nodes, the
 * starts included): from every APPROVED ScopeAgreement (what is traced), and from every other ScopeAgreement
 * (what is reached only through decisions that are not approved). Then one pass over the DataObjects: per
 * counted type (a node's first label in {@code types}), the total, the traced count and the ids of the
 * others with their reason.
 *
 * <p>Why compiled: the Cypher keeps each sweep's result as a map keyed by element id (a string per reached
 * node, over a million at the largest estates) and looks each object up in it; here the marks are bits by
 * node number, and each visited node is asked once for the relationships of the filter's types.
 */
public final class Coverage {

  @Context public Transaction tx;

  /** One row per counted type present in the estate. */
  public static final class Row {
    public final String type;
    public final long total;
    public final long traced;
    /** [id, reason] of each object of the type that is not traced. */
    public final List<List<String>> broken;

    Row(String type, long total, long traced, List<List<String>> broken) {
      this.type = type;
      this.total = total;
      this.traced = traced;
      this.broken = broken;
    }
  }

  @Procedure(name = "it4it.coverage", mode = Mode.READ)
  @Description(
      "it4it.coverage(relationshipFilter, maxDepth, types): per counted type, total, traced and the broken"
          + " ids with their reason (see cypher/queries/coverage-sweep.cypher)")
  public Stream<Row> coverage(
      @Name("relationshipFilter") String relationshipFilter,
      @Name("maxDepth") long maxDepth,
      @Name("types") List<String> types) {
    RelationshipFilter filter = new RelationshipFilter("it4it.coverage", relationshipFilter);
    List<Node> approved = new ArrayList<>();
    List<Node> others = new ArrayList<>();
    try (ResourceIterator<Node> decisions = tx.findNodes(Label.label("ScopeAgreement"))) {
      while (decisions.hasNext()) {
        Node d = decisions.next();
        ("APPROVED".equals(d.getProperty("decision", null)) ? approved : others).add(d);
      }
    }
    NodeMarks traced = sweep(approved, filter, maxDepth);
    NodeMarks unapproved = sweep(others, filter, maxDepth);

    Set<String> counted = new HashSet<>(types);
    Map<String, long[]> counts = new LinkedHashMap<>();
    Map<String, List<List<String>>> broken = new HashMap<>();
    try (ResourceIterator<Node> objects = tx.findNodes(Label.label("DataObject"))) {
      while (objects.hasNext()) {
        Node n = objects.next();
        String type = null;
        for (Label label : n.getLabels()) {
          if (counted.contains(label.name())) {
            type = label.name();
            break;
          }
        }
        if (type == null) continue;
        long[] c = counts.computeIfAbsent(type, k -> new long[2]);
        c[0]++;
        if (traced.has(n)) {
          c[1]++;
        } else {
          Object id = n.getProperty("id", null);
          broken
              .computeIfAbsent(type, k -> new ArrayList<>())
              .add(Arrays.asList(
                  id == null ? null : id.toString(),
                  unapproved.has(n) ? "DECISION_NOT_APPROVED" : "NO_DECISION"));
        }
      }
    }
    List<Row> rows = new ArrayList<>(counts.size());
    for (Map.Entry<String, long[]> e : counts.entrySet()) {
      rows.add(new Row(e.getKey(), e.getValue()[0], e.getValue()[1], broken.getOrDefault(e.getKey(), List.of())));
    }
    return rows.stream();
  }

  /** Every node within {@code maxDepth} of a start over the filter's links, the starts included. */
  private static NodeMarks sweep(List<Node> starts, RelationshipFilter filter, long maxDepth) {
    NodeMarks seen = new NodeMarks();
    List<Node> level = new ArrayList<>();
    for (Node s : starts) {
      if (seen.add(s)) level.add(s);
    }
    for (long depth = 0; depth < maxDepth && !level.isEmpty(); depth++) {
      List<Node> next = new ArrayList<>();
      for (Node node : level) {
        for (Relationship r : node.getRelationships(Direction.BOTH, filter.types)) {
          if (!filter.follows(r, node)) continue;
          Node other = r.getOtherNode(node);
          if (seen.add(other)) next.add(other);
        }
      }
      level = next;
    }
    return seen;
  }

  /** A set of nodes by internal node number: bits while the numbers are small, a hash set above that. */
  private static final class NodeMarks {
    private final BitSet bits = new BitSet();
    private final Set<Long> large = new HashSet<>();

    /** Adds the node; false when it was there already. */
    @SuppressWarnings("deprecation")
    boolean add(Node node) {
      long id = node.getId();
      if (id < Integer.MAX_VALUE) {
        if (bits.get((int) id)) return false;
        bits.set((int) id);
        return true;
      }
      return large.add(id);
    }

    @SuppressWarnings("deprecation")
    boolean has(Node node) {
      long id = node.getId();
      return id < Integer.MAX_VALUE ? bits.get((int) id) : large.contains(id);
    }
  }
}
