package io.newstimeline.tools.eval;

import io.newstimeline.article.parse.TextNormaliser;
import io.newstimeline.avro.Actor;
import io.newstimeline.avro.DatePrecision;
import io.newstimeline.avro.EventDate;
import io.newstimeline.avro.NewsEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Scores extracted events against gold events. An extracted event matches a gold event when their
 * evidence sentences agree (whitespace and quotes normalised) and their dates agree (start, end and
 * precision); each event is matched at most once, so a sentence may carry several gold events (a
 * statement and the visit it reports). Unmatched extracted events count against the tier of their
 * own date: bounded when a bound is open, fixed otherwise.
 */
public final class Evaluator {

  public static final String FIXED = "fixed";
  public static final String BOUNDED = "bounded";

  private final List<String> misses = new ArrayList<>();
  private TierScore fixed = empty(FIXED);
  private TierScore bounded = empty(BOUNDED);

  /** Adds the gold and extracted events of one article. */
  public Evaluator add(String article, List<GoldEvent> gold, List<NewsEvent> extracted) {
    boolean[] goldUsed = new boolean[gold.size()];
    boolean[] extractedUsed = new boolean[extracted.size()];
    String[] extractedTier = new String[extracted.size()];
    // Evidence and date first, so a shared sentence pairs each gold event with the right extracted
    // one; among equal candidates the pair sharing most actors goes first.
    while (true) {
      int bestGold = -1;
      int bestExtracted = -1;
      double bestOverlap = -1;
      for (int g = 0; g < gold.size(); g++) {
        for (int e = 0; e < extracted.size(); e++) {
          if (goldUsed[g] || extractedUsed[e] || !sameEvidence(gold.get(g), extracted.get(e))
              || !sameDate(gold.get(g), extracted.get(e).getDate())) {
            continue;
          }
          double overlap = actorOverlap(gold.get(g), extracted.get(e));
          if (overlap > bestOverlap) {
            bestGold = g;
            bestExtracted = e;
            bestOverlap = overlap;
          }
        }
      }
      if (bestGold < 0) {
        break;
      }
      goldUsed[bestGold] = true;
      extractedUsed[bestExtracted] = true;
      extractedTier[bestExtracted] = gold.get(bestGold).tier();
      count(gold.get(bestGold), extracted.get(bestExtracted), true);
    }
    for (int g = 0; g < gold.size(); g++) {
      if (goldUsed[g]) {
        continue;
      }
      boolean evidenceOnly = false;
      for (int e = 0; e < extracted.size(); e++) {
        if (!extractedUsed[e] && sameEvidence(gold.get(g), extracted.get(e))) {
          extractedUsed[e] = true;
          extractedTier[e] = gold.get(g).tier();
          evidenceOnly = true;
          misses.add(article + ": wrong date " + format(extracted.get(e).getDate()) + " for gold " + gold.get(g).start()
              + ".." + gold.get(g).end() + " " + gold.get(g).precision() + ": " + gold.get(g).evidence());
          break;
        }
      }
      if (!evidenceOnly) {
        misses.add(article + ": missed gold event (" + gold.get(g).tier() + "): " + gold.get(g).evidence());
      }
      add(gold.get(g).tier(), new TierScore("", 1, 0, 0, evidenceOnly ? 1 : 0, 0, 0, 0));
    }
    for (int e = 0; e < extracted.size(); e++) {
      if (extractedTier[e] == null) {
        extractedTier[e] = tierOf(extracted.get(e).getDate());
        misses.add(article + ": extra " + extracted.get(e).getType() + " " + format(extracted.get(e).getDate()) + ": "
            + extracted.get(e).getEvidence());
      }
      add(extractedTier[e], new TierScore("", 0, 1, 0, 0, 0, 0, 0));
    }
    return this;
  }

  /** Returns the scores of everything added so far. */
  public Evaluation result() {
    return new Evaluation(fixed, bounded, fixed.plus(bounded, "overall"), List.copyOf(misses));
  }

  private void count(GoldEvent gold, NewsEvent extracted, boolean dateMatched) {
    Set<String> goldActors = new HashSet<>(gold.actors());
    Set<String> extractedActors = new HashSet<>();
    for (Actor actor : extracted.getActors()) {
      extractedActors.add(actor.getName());
    }
    Set<String> shared = new HashSet<>(goldActors);
    shared.retainAll(extractedActors);
    if (!shared.equals(goldActors) || !shared.equals(extractedActors)) {
      misses.add("actors " + extractedActors + " vs gold " + goldActors + ": " + gold.evidence());
    }
    add(gold.tier(), new TierScore("", 1, 0, dateMatched ? 1 : 0, 1, shared.size(), extractedActors.size(),
        goldActors.size()));
  }

  private void add(String tier, TierScore score) {
    if (BOUNDED.equals(tier)) {
      bounded = bounded.plus(score, BOUNDED);
    } else {
      fixed = fixed.plus(score, FIXED);
    }
  }

  /** Shared actor names over all actor names of the pair (Jaccard). */
  private static double actorOverlap(GoldEvent gold, NewsEvent extracted) {
    Set<String> union = new HashSet<>(gold.actors());
    Set<String> shared = new HashSet<>();
    for (Actor actor : extracted.getActors()) {
      union.add(actor.getName());
      if (gold.actors().contains(actor.getName())) {
        shared.add(actor.getName());
      }
    }
    return union.isEmpty() ? 0 : (double) shared.size() / union.size();
  }

  static boolean sameEvidence(GoldEvent gold, NewsEvent extracted) {
    return TextNormaliser.collapse(gold.evidence()).equals(TextNormaliser.collapse(extracted.getEvidence()));
  }

  static boolean sameDate(GoldEvent gold, EventDate date) {
    return Objects.equals(gold.start(), date.getStart()) && Objects.equals(gold.end(), date.getEnd())
        && gold.precision() == date.getPrecision();
  }

  static String tierOf(EventDate date) {
    return date.getStart() == null || date.getEnd() == null || date.getPrecision() == DatePrecision.ON_OR_BEFORE
        ? BOUNDED : FIXED;
  }

  private static String format(EventDate date) {
    return date.getStart() + ".." + date.getEnd() + " " + date.getPrecision();
  }

  private static TierScore empty(String tier) {
    return new TierScore(tier, 0, 0, 0, 0, 0, 0, 0);
  }
}
