package org.it4it.explorer.procedures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Mode;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.Procedure;

/**
 * {@code it4it.provenance}: the walk of cypher/queries/trace.cypher as one procedure call, the same rows as
 * APOC's {@code apoc.path.expandConfig} (breadth first, global node uniqueness, {@code minLevel} 1, {@code
 * maxLevel} maxDepth, {@code limit} scan) followed by {@code apoc.node.degree} with the same filter, without
 * Cypher building a path per visited node and without a second look at each node's links for its degree.
 *
 * <p>The filter is APOC's syntax ({@code TYPE>|<TYPE|TYPE}). APOC expands a node by asking for each listed
 * (type, direction) in the filter's order ({@code node.getRelationships(direction, type)}), so a node is
 * reached first through the first such link; the order decides which link is a node's {@code via} when two
 * are equally near, and with it which path a trace reports. This walk asks once per node for the relationships
 * of the listed types, puts each into its (type, direction) bucket in the order it comes (the order a
 * per-type call gives), and goes through the buckets in the filter's order: the same order with one lookup.
 * The buckets' sizes are the node's degree over the filter ({@code upstream}), for every node in the cone,
 * expanded or not.
 *
 * <p>Rows come in APOC's order: the target (depth 0, no via), then each node as it is first reached, with the
 * link it was reached through; the walk stops after {@code scan} reached nodes.
 *
 * <p>Each row also carries the node's and the link's properties with their date-times as text, written as the
 * JavaScript driver's {@code toString} writes them (so the server's answer is the same as from trace.cypher):
 * the driver turns each UTC date-time it receives into fields through its 64-bit Integer arithmetic, which was
 * about a tenth of a trace's time on the server (a cone carries some forty of them). Date-times in a named
 * zone (rather than at an offset) stay values, since their offset depends on the zone rules of each side
 * ({@link TemporalText}).
 */
public final class Provenance {

  /** One row: see the class comment. */
  public static final class Entry {
    public final Node node;
    public final long depth;
    public final Relationship via;
    public final long upstream;
    public final Map<String, Object> properties;
    public final Map<String, Object> viaProperties;

    Entry(Node node, long depth, Relationship via, long upstream) {
      this.node = node;
      this.depth = depth;
      this.via = via;
      this.upstream = upstream;
      this.properties = TemporalText.properties(node.getAllProperties());
      this.viaProperties = via == null ? null : TemporalText.properties(via.getAllProperties());
    }
  }

  @Procedure(name = "it4it.provenance", mode = Mode.READ)
  @Description(
      "it4it.provenance(target, relationshipFilter, maxDepth, scan): the explorer's provenance cone (see"
          + " cypher/queries/trace.cypher): node, depth, via and upstream per reached node")
  public Stream<Entry> provenance(
      @Name("target") Node target,
      @Name("relationshipFilter") String relationshipFilter,
      @Name("maxDepth") long maxDepth,
      @Name("scan") long scan) {
    RelationshipFilter filter = new RelationshipFilter("it4it.provenance", relationshipFilter);
    List<Entry> rows = new ArrayList<>();
    Set<String> visited = new HashSet<>();
    visited.add(target.getElementId());
    List<List<Relationship>> targetBuckets = buckets(target, filter);
    rows.add(new Entry(target, 0, null, degree(targetBuckets)));
    List<List<List<Relationship>>> bucketsOf = new ArrayList<>();
    bucketsOf.add(targetBuckets);
    long reached = 0;
    // Rows are added in the order nodes are reached, which is the order a breadth-first queue would hold
    // them: the walk's queue is the rows not yet expanded.
    walk:
    for (int at = 0; at < rows.size(); at++) {
      Entry entry = rows.get(at);
      List<List<Relationship>> expand = bucketsOf.set(at, null);
      if (entry.depth >= maxDepth) continue;
      for (List<Relationship> bucket : expand) {
        for (Relationship r : bucket) {
          Node next = r.getOtherNode(entry.node);
          if (!visited.add(next.getElementId())) continue;
          List<List<Relationship>> nextBuckets = buckets(next, filter);
          rows.add(new Entry(next, entry.depth + 1, r, degree(nextBuckets)));
          bucketsOf.add(nextBuckets);
          if (++reached >= scan) break walk;
        }
      }
    }
    return rows.stream();
  }

  /** The node's relationships of the filter's types, one bucket per (type, direction) pair in filter order. */
  private static List<List<Relationship>> buckets(Node node, RelationshipFilter filter) {
    List<List<Relationship>> buckets = new ArrayList<>(filter.size);
    for (int i = 0; i < filter.size; i++) buckets.add(new ArrayList<>(0));
    for (Relationship r : node.getRelationships(Direction.BOTH, filter.types)) {
      int[] pairs = filter.pairsOf.get(r.getType().name());
      boolean out = r.getStartNode().equals(node);
      boolean in = r.getEndNode().equals(node);
      if (out && pairs[Direction.OUTGOING.ordinal()] >= 0) buckets.get(pairs[Direction.OUTGOING.ordinal()]).add(r);
      if (in && pairs[Direction.INCOMING.ordinal()] >= 0) buckets.get(pairs[Direction.INCOMING.ordinal()]).add(r);
      if (pairs[Direction.BOTH.ordinal()] >= 0) buckets.get(pairs[Direction.BOTH.ordinal()]).add(r);
    }
    return buckets;
  }

  private static long degree(List<List<Relationship>> buckets) {
    long n = 0;
    for (List<Relationship> bucket : buckets) n += bucket.size();
    return n;
  }
}
