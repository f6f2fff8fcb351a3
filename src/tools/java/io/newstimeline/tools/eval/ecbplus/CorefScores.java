package io.newstimeline.tools.eval.ecbplus;

/** MUC, B³ and CEAF-e of one response against one key, and their mean F1 (the CoNLL F1). */
public record CorefScores(CorefScore muc, CorefScore bCubed, CorefScore ceafE) {

  /** The mean of the three F1 scores. */
  public double conllF1() {
    return (muc.f1() + bCubed.f1() + ceafE.f1()) / 3;
  }
}
