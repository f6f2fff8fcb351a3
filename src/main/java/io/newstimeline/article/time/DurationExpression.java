package io.newstimeline.article.time;

/**
 * A length of time an event lasted ("a three-day visit", "for two days"): it turns the event's
 * day into a range starting on that day, or ending on it when the words say so ("on his way home
 * on Sunday, ending a six-day trip").
 *
 * @param endsOnDate true when the clause's date is the last day of the span, not the first
 */
public record DurationExpression(int start, int end, String text, int days, boolean endsOnDate)
    implements TimeExpression {

  /** Returns {@code day} stretched to {@link #days()} days when it is a single day, else unchanged. */
  public DateInterval apply(DateInterval day) {
    if (day.start() == null || !day.start().equals(day.end()) || days <= 1) {
      return day;
    }
    return endsOnDate ? DateInterval.range(day.start().minusDays(days - 1L), day.start())
        : DateInterval.range(day.start(), day.start().plusDays(days - 1L));
  }
}
