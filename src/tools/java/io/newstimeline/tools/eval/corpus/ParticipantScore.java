package io.newstimeline.tools.eval.corpus;

/**
 * Participant scores over the gold event mentions the extractor found (see {@link ParticipantScorer}).
 *
 * @param events gold event mentions found by an extracted event's trigger
 * @param extracted actors of those extracted events
 * @param gold named people and organisations taking part in those gold mentions
 * @param matched extracted actors paired one to one with a gold participant
 */
public record ParticipantScore(int events, int extracted, int gold, int matched) {

  /** Nothing found. */
  public static final ParticipantScore NONE = new ParticipantScore(0, 0, 0, 0);

  /** Returns the sum of this score and {@code other}. */
  public ParticipantScore plus(ParticipantScore other) {
    return new ParticipantScore(events + other.events, extracted + other.extracted, gold + other.gold,
        matched + other.matched);
  }

  /** Matched actors over all extracted actors of the found events. */
  public double precision() {
    return extracted == 0 ? 0 : (double) matched / extracted;
  }

  /** Matched participants over all gold participants of the found events. */
  public double recall() {
    return gold == 0 ? 0 : (double) matched / gold;
  }

  /** The harmonic mean of precision and recall. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
