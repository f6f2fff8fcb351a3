package io.newstimeline.article.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What a relative expression resolves against: the publication day in the outlet's own zone (an
 * article published at 23:30 in New York on the 30th is dated the 30th, though it is the 31st in
 * UTC) and the tense of the clause.
 */
public record TemporalContext(LocalDate published, Tense tense) {

  /** Returns the context for an article published at {@code published} by an outlet in {@code zone}. */
  public static TemporalContext of(Instant published, ZoneId zone, Tense tense) {
    return new TemporalContext(LocalDate.ofInstant(published, zone), tense);
  }

  /** Returns this context with {@code tense}. */
  public TemporalContext withTense(Tense tense) {
    return new TemporalContext(published, tense);
  }

  /** Returns true when the clause points back in time (past or perfect). */
  public boolean isPast() {
    return tense == Tense.PAST || tense == Tense.PERFECT;
  }
}
