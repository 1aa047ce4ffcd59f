package org.it4it.explorer.procedures;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Mode;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.Procedure;

/**
 * {@code it4it.lineage}: the explorer's lineage traversal as one procedure call, the same answer as
 * cypher/queries/lineage.cypher (APOC's breadth-first expansion with global node uniqueness, a direction-only
 * relationship filter and a label blacklist, then the links among the kept nodes), without Cypher building a
 * path per visited node and a map per kept one. Breadth first from the root: each node once, at the depth it
 * is first reached, in the order its neighbours are first seen; nodes carrying the excluded label are neither
 * entered nor counted; the walk stops after {@code scan} reached nodes. {@code total} counts the reached nodes
 * of the asked types (all when {@code types} is null), {@code nodes} keeps the first {@code limit} of them
 * with their {@code depths}, and {@code links} are every relationship from a shown node (the root or a kept
 * one) to another, ending on a node labelled {@code endLabel}.
 */
public final class Lineage {

  /** One row: see the class comment. */
  public static final class Answer {
    public final long total;
    public final List<Node> nodes;
    public final List<Long> depths;
    public final List<Relationship> links;

    Answer(long total, List<Node> nodes, List<Long> depths, List<Relationship> links) {
      this.total = total;
      this.nodes = nodes;
      this.depths = depths;
      this.links = links;
    }
  }

  @Procedure(name = "it4it.lineage", mode = Mode.READ)
  @Description(
      "it4it.lineage(root, direction '<'|'>'|'', maxDepth, limit, scan, excludedLabel, types, endLabel):"
          + " the explorer's lineage answer (see cypher/queries/lineage.cypher)")
  public Stream<Answer> lineage(
      @Name("root") Node root,
      @Name("direction") String direction,
      @Name("maxDepth") long maxDepth,
      @Name("limit") long limit,
      @Name("scan") long scan,
      @Name("excludedLabel") String excludedLabel,
      @Name("types") List<String> types,
      @Name("endLabel") String endLabel) {
    Direction way = ">".equals(direction) ? Direction.OUTGOING : "<".equals(direction) ? Direction.INCOMING : Direction.BOTH;
    Label excluded = Label.label(excludedLabel);
    Set<String> wanted = types == null ? null : new HashSet<>(types);

    Map<String, Long> depthOf = new HashMap<>();
    depthOf.put(root.getElementId(), 0L);
    ArrayDeque<Node> frontier = new ArrayDeque<>();
    frontier.add(root);
    List<Node> kept = new ArrayList<>();
    List<Long> keptDepths = new ArrayList<>();
    long reached = 0;
    long total = 0;
    walk:
    while (!frontier.isEmpty()) {
      Node node = frontier.poll();
      long depth = depthOf.get(node.getElementId());
      if (depth >= maxDepth) continue;
      for (Relationship r : node.getRelationships(way)) {
        Node next = r.getOtherNode(node);
        String id = next.getElementId();
        if (depthOf.containsKey(id) || next.hasLabel(excluded)) continue;
        depthOf.put(id, depth + 1);
        frontier.add(next);
        reached++;
        if (wanted == null || hasAnyLabel(next, wanted)) {
          total++;
          if (kept.size() < limit) {
            kept.add(next);
            keptDepths.add(depth + 1);
          }
        }
        if (reached >= scan) break walk;
      }
    }

    Set<String> shown = new HashSet<>();
    shown.add(root.getElementId());
    for (Node n : kept) shown.add(n.getElementId());
    Label end = Label.label(endLabel);
    List<Relationship> links = new ArrayList<>();
    List<Node> shownNodes = new ArrayList<>(kept.size() + 1);
    shownNodes.add(root);
    shownNodes.addAll(kept);
    for (Node a : shownNodes) {
      for (Relationship r : a.getRelationships(Direction.OUTGOING)) {
        Node b = r.getEndNode();
        if (shown.contains(b.getElementId()) && b.hasLabel(end)) links.add(r);
      }
    }
    return Stream.of(new Answer(total, kept, keptDepths, links));
  }

  private static boolean hasAnyLabel(Node node, Set<String> names) {
    for (Label label : node.getLabels()) {
      if (names.contains(label.name())) return true;
    }
    return false;
  }
}
