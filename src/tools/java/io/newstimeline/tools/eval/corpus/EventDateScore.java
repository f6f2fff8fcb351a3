package io.newstimeline.tools.eval.corpus;

/**
 * How many gold event mentions anchored to a date the extractor's dating rules date to that date's value.
 *
 * @param anchored gold event mentions in the annotated region anchored to a DATE timex
 * @param dated those the rules gave a calendar value at all
 * @param correct those dated to the anchor's value
 */
public record EventDateScore(int anchored, int dated, int correct) {

  /** No events. */
  public static final EventDateScore NONE = new EventDateScore(0, 0, 0);

  /** Returns the sum of this score and {@code other}. */
  public EventDateScore plus(EventDateScore other) {
    return new EventDateScore(anchored + other.anchored, dated + other.dated, correct + other.correct);
  }

  /** Correctly dated over all anchored. */
  public double accuracy() {
    return Ratios.of(correct, anchored);
  }
}
