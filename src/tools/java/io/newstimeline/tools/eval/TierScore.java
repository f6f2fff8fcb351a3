package io.newstimeline.tools.eval;

/**
 * Counts for one tier (or overall) of an evaluation, and the scores they give.
 *
 * @param gold gold events
 * @param extracted extracted events assigned to the tier
 * @param matched events matched on evidence and date
 * @param evidenceMatched events matched on evidence, whatever the date
 * @param actorsCorrect actor names shared by matched pairs
 * @param actorsExtracted actor names of the extracted side of matched pairs
 * @param actorsGold actor names of the gold side of matched pairs
 */
public record TierScore(String tier, int gold, int extracted, int matched, int evidenceMatched, int actorsCorrect,
    int actorsExtracted, int actorsGold) {

  /** Matched gold events over all gold events. */
  public double recall() {
    return ratio(matched, gold);
  }

  /** Matched extracted events over all extracted events. */
  public double precision() {
    return ratio(matched, extracted);
  }

  /** Among events whose evidence matched, the share whose date matched too. */
  public double dateAccuracy() {
    return ratio(matched, evidenceMatched);
  }

  public double actorPrecision() {
    return ratio(actorsCorrect, actorsExtracted);
  }

  public double actorRecall() {
    return ratio(actorsCorrect, actorsGold);
  }

  public double actorF1() {
    double p = actorPrecision();
    double r = actorRecall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Returns the sum of this score and {@code other}, named {@code tier}. */
  TierScore plus(TierScore other, String tier) {
    return new TierScore(tier, gold + other.gold, extracted + other.extracted, matched + other.matched,
        evidenceMatched + other.evidenceMatched, actorsCorrect + other.actorsCorrect,
        actorsExtracted + other.actorsExtracted, actorsGold + other.actorsGold);
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 1.0 : (double) part / whole;
  }
}
