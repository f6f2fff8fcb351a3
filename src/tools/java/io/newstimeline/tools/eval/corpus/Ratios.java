package io.newstimeline.tools.eval.corpus;

/** Shares and F1, 0 when there is nothing to divide. */
final class Ratios {

  private Ratios() {
  }

  static double of(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  static double f1(double precision, double recall) {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }
}
