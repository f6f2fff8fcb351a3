package io.newstimeline.tools.eval.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The temporal-awareness score of SemEval-2015 Task 4 (Minard et al. 2015), after UzZaman and
 * Allen (2011): a timeline stands for a graph of temporal relations, and a system timeline is
 * scored by how many of its relations the reference implies and how many of the reference's it
 * implies.
 *
 * <p>The graph of a timeline: every event mention of a position from 1 on is a node, and so is
 * every anchored date. Mentions at one position are SIMULTANEOUS; a mention at a lower position is
 * BEFORE every mention at a higher one; a mention with an anchored date is IS_INCLUDED in that
 * date. Position 0 (events that could not be ordered) and unanchored dates add no relation.
 *
 * <ul>
 *   <li><b>Closure</b> (G+): all relations the graph implies: SIMULTANEOUS between any two
 *       mentions of a position, BEFORE from any mention to any mention of a later position,
 *       IS_INCLUDED from each mention to its date.</li>
 *   <li><b>Reduced graph</b> (G-): the fewest relations whose closure is G+, taken canonically:
 *       at each position the mentions in lexical order, each SIMULTANEOUS with the next; the first
 *       mention of each position BEFORE the first of the next; the first mention of each anchored
 *       position IS_INCLUDED in its date.</li>
 *   <li>Precision = |Sys- ∩ Ref+| / |Sys-|, recall = |Ref- ∩ Sys+| / |Ref-|, F1 their harmonic
 *       mean; over several timelines the counts are summed first (micro average).</li>
 * </ul>
 * Mentions are compared as written ({@code docId-sentence-word}); a mention listed at two positions
 * (a few gold files do) takes part in the relations of both. Stateless.
 */
public final class TemporalAwareness {

  private TemporalAwareness() {
  }

  /**
   * The counts behind the score of one or more timelines.
   *
   * @param systemReduced relations in the system's reduced graph
   * @param systemVerified those the reference's closure holds
   * @param referenceReduced relations in the reference's reduced graph
   * @param referenceCaptured those the system's closure holds
   */
  public record Score(int systemReduced, int systemVerified, int referenceReduced, int referenceCaptured) {

    /** Nothing scored. */
    public static final Score NONE = new Score(0, 0, 0, 0);

    /** Returns the sum of this score and {@code other}. */
    public Score plus(Score other) {
      return new Score(systemReduced + other.systemReduced, systemVerified + other.systemVerified,
          referenceReduced + other.referenceReduced, referenceCaptured + other.referenceCaptured);
    }

    /** Share of the system's relations the reference implies. */
    public double precision() {
      return systemReduced == 0 ? 0 : (double) systemVerified / systemReduced;
    }

    /** Share of the reference's relations the system implies. */
    public double recall() {
      return referenceReduced == 0 ? 0 : (double) referenceCaptured / referenceReduced;
    }

    /** The harmonic mean of precision and recall, from 0 to 1. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** Returns the score of {@code system} against {@code reference}. */
  public static Score score(EntityTimeline reference, EntityTimeline system) {
    Graph ref = new Graph(reference);
    Graph sys = new Graph(system);
    List<Relation> sysReduced = sys.reduced();
    List<Relation> refReduced = ref.reduced();
    int verified = (int) sysReduced.stream().filter(ref::implies).count();
    int captured = (int) refReduced.stream().filter(sys::implies).count();
    return new Score(sysReduced.size(), verified, refReduced.size(), captured);
  }

  private enum Kind { SIMULTANEOUS, BEFORE, IS_INCLUDED }

  /** A relation from mention {@code from} to mention or date {@code to}. */
  private record Relation(Kind kind, String from, String to) {
  }

  /** A timeline's positions and dates, indexed by mention. */
  private static final class Graph {

    /** A mention's positions: the task's gold lists a few mentions at two positions. */
    private final Map<String, Set<Integer>> positionsOf = new HashMap<>();
    private final Map<String, Set<String>> datesOf = new HashMap<>();
    private final Map<Integer, TreeSet<String>> mentionsAt = new java.util.TreeMap<>();
    private final Map<Integer, String> dateAt = new HashMap<>();

    Graph(EntityTimeline timeline) {
      for (EntityTimeline.Position position : timeline.positions()) {
        if (position.order() < 1) {
          continue;
        }
        for (String mention : position.mentions()) {
          positionsOf.computeIfAbsent(mention, k -> new HashSet<>()).add(position.order());
          if (position.anchored()) {
            datesOf.computeIfAbsent(mention, k -> new HashSet<>()).add(position.date());
          }
          mentionsAt.computeIfAbsent(position.order(), k -> new TreeSet<>()).add(mention);
        }
        if (position.anchored()) {
          dateAt.putIfAbsent(position.order(), position.date());
        }
      }
    }

    boolean implies(Relation relation) {
      Set<Integer> from = positionsOf.getOrDefault(relation.from(), Set.of());
      return switch (relation.kind()) {
        case SIMULTANEOUS -> positionsOf.getOrDefault(relation.to(), Set.of()).stream().anyMatch(from::contains);
        case BEFORE -> positionsOf.getOrDefault(relation.to(), Set.of()).stream()
            .anyMatch(to -> from.stream().anyMatch(f -> f < to));
        case IS_INCLUDED -> datesOf.getOrDefault(relation.from(), Set.of()).contains(relation.to());
      };
    }

    List<Relation> reduced() {
      List<Relation> relations = new ArrayList<>();
      String previousFirst = null;
      for (Map.Entry<Integer, TreeSet<String>> entry : mentionsAt.entrySet()) {
        List<String> mentions = new ArrayList<>(entry.getValue());
        for (int i = 0; i + 1 < mentions.size(); i++) {
          relations.add(new Relation(Kind.SIMULTANEOUS, mentions.get(i), mentions.get(i + 1)));
        }
        String first = mentions.get(0);
        if (previousFirst != null) {
          relations.add(new Relation(Kind.BEFORE, previousFirst, first));
        }
        String date = dateAt.get(entry.getKey());
        if (date != null) {
          relations.add(new Relation(Kind.IS_INCLUDED, first, date));
        }
        previousFirst = first;
      }
      return relations;
    }
  }
}
