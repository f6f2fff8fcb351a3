package io.newstimeline.tools.eval;

import java.util.List;
import java.util.Locale;

/** The scores of an evaluation per tier ({@code fixed}, {@code bounded}) and overall, printable as a table. */
public record Evaluation(TierScore fixed, TierScore bounded, TierScore overall, List<String> misses) {

  /** Returns the scores as a fixed-width table, one row per tier. */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-8s %5s %9s %7s %7s %9s %8s %7s %7s %8s%n", "tier", "gold", "extracted",
        "matched", "recall", "precision", "date-acc", "actor-P", "actor-R", "actor-F1"));
    for (TierScore score : List.of(fixed, bounded, overall)) {
      out.append(String.format(Locale.ROOT, "%-8s %5d %9d %7d %7.2f %9.2f %8.2f %7.2f %7.2f %8.2f%n", score.tier(),
          score.gold(), score.extracted(), score.matched(), score.recall(), score.precision(), score.dateAccuracy(),
          score.actorPrecision(), score.actorRecall(), score.actorF1()));
    }
    return out.toString();
  }
}
