package io.newstimeline.article.time;

import io.newstimeline.avro.DatePrecision;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * An expression dated against another event: "following Mr Shoigu's visit", "two days later",
 * "a day after arriving". The anchor phrase ({@code anchorStart..anchorEnd}, or none for "two days
 * later") names the other event; resolving it is the event layer's job.
 *
 * @param relation whether the event is after or before its anchor
 * @param amount how many {@code unit}s lie between them, 0 when not said
 * @param unit the unit of {@code amount}, {@link ChronoUnit#DAYS} when not said
 * @param anchorStart offset of the anchor phrase in the sentence, -1 when there is none
 * @param anchorEnd offset after the anchor phrase, -1 when there is none
 */
public record AnchoredExpression(int start, int end, String text, Relation relation, int amount, ChronoUnit unit,
    int anchorStart, int anchorEnd) implements TimeExpression {

  /** Which side of its anchor an event lies. */
  public enum Relation { AFTER, BEFORE }

  /** Returns true when the expression names its anchor ("after the summit") rather than leaning on the previous event. */
  public boolean hasAnchorPhrase() {
    return anchorStart >= 0;
  }

  /**
   * Returns the days of the event given its anchor's days: shifted by the offset when one is said,
   * otherwise bounded by the anchor on one side and by publication (for past clauses) on the other.
   */
  public DateInterval apply(DateInterval anchor, TemporalContext context) {
    if (amount > 0) {
      return shifted(anchor, context);
    }
    if (relation == Relation.AFTER) {
      LocalDate end = context.tense() == Tense.FUTURE ? null : context.published();
      return DateInterval.range(anchor.start(), end);
    }
    LocalDate end = anchor.end() != null ? anchor.end() : (context.tense() == Tense.FUTURE ? null : context.published());
    if (context.tense() == Tense.FUTURE) {
      // Still to come, so no earlier than publication.
      return DateInterval.range(context.published(), end);
    }
    return end == null ? new DateInterval(null, null, DatePrecision.RANGE) : DateInterval.onOrBefore(end);
  }

  private DateInterval shifted(DateInterval anchor, TemporalContext context) {
    long sign = relation == Relation.AFTER ? 1 : -1;
    if (unit == ChronoUnit.MONTHS || unit == ChronoUnit.YEARS) {
      // "two months after" is a month, not a day: never a guessed single day.
      if (anchor.start() == null || anchor.end() == null) {
        return shiftBounds(anchor, sign);
      }
      YearMonth month = YearMonth.from(anchor.start()).plus(sign * amount, unit);
      return DateInterval.month(month);
    }
    long days = sign * amount * (unit == ChronoUnit.WEEKS ? 7 : 1);
    DateInterval shifted = anchor.plusDays(days);
    if (shifted.start() != null && shifted.end() != null) {
      return DateInterval.range(shifted.start(), shifted.end());
    }
    return shifted;
  }

  private DateInterval shiftBounds(DateInterval anchor, long sign) {
    LocalDate start = anchor.start() == null ? null : anchor.start().plus(sign * amount, unit);
    LocalDate end = anchor.end() == null ? null : anchor.end().plus(sign * amount, unit);
    return DateInterval.range(start, end);
  }
}
