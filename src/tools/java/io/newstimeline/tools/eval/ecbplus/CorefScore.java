package io.newstimeline.tools.eval.ecbplus;

/**
 * One coreference metric's recall and precision as the fractions it computes them from, so that
 * scores of several topics can be added before dividing.
 */
public record CorefScore(double recallNumerator, double recallDenominator, double precisionNumerator,
    double precisionDenominator) {

  /** Nothing scored. */
  public static final CorefScore NONE = new CorefScore(0, 0, 0, 0);

  public double recall() {
    return recallDenominator == 0 ? 0 : recallNumerator / recallDenominator;
  }

  public double precision() {
    return precisionDenominator == 0 ? 0 : precisionNumerator / precisionDenominator;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
