package io.newstimeline.tools.eval.corpus;

/**
 * TempEval-3 style DATE scores over annotated regions: a found date and a gold DATE timex match when
 * their spans overlap (relaxed match); value F1 counts only matches whose TIMEX3 values are equal.
 *
 * @param gold gold DATE timexes
 * @param found dates the tagger found with a value (those over a gold TIME, DURATION or SET are not counted)
 * @param goldMatched gold timexes overlapped by a found date
 * @param foundMatched found dates overlapping a gold timex
 * @param valueCorrect gold timexes overlapped by a found date of the same value
 */
public record DateValueScore(int gold, int found, int goldMatched, int foundMatched, int valueCorrect) {

  /** No dates. */
  public static final DateValueScore NONE = new DateValueScore(0, 0, 0, 0, 0);

  /** Returns the sum of this score and {@code other}. */
  public DateValueScore plus(DateValueScore other) {
    return new DateValueScore(gold + other.gold, found + other.found, goldMatched + other.goldMatched,
        foundMatched + other.foundMatched, valueCorrect + other.valueCorrect);
  }

  /** Relaxed span F1, whatever the values. */
  public double spanF1() {
    return Ratios.f1(Ratios.of(foundMatched, found), Ratios.of(goldMatched, gold));
  }

  /** Found dates with the right value, over all found. */
  public double valuePrecision() {
    return Ratios.of(valueCorrect, found);
  }

  /** Gold dates found with the right value, over all gold. */
  public double valueRecall() {
    return Ratios.of(valueCorrect, gold);
  }

  /** Value F1: the harmonic mean of value precision and recall. */
  public double valueF1() {
    return Ratios.f1(valuePrecision(), valueRecall());
  }

  /** Among span matches, the share with the right value. */
  public double valueAccuracy() {
    return Ratios.of(valueCorrect, goldMatched);
  }
}
