package io.newstimeline.tools.eval.ecbplus;

/**
 * Mentions found against gold mentions, paired one to one by overlapping tokens.
 *
 * @param gold gold mentions scored
 * @param found mentions the extractor gave
 * @param matched pairs
 */
public record MentionScore(int gold, int found, int matched) {

  /** Nothing scored. */
  public static final MentionScore NONE = new MentionScore(0, 0, 0);

  public MentionScore plus(MentionScore other) {
    return new MentionScore(gold + other.gold, found + other.found, matched + other.matched);
  }

  public double precision() {
    return found == 0 ? 0 : (double) matched / found;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) matched / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
