package io.newstimeline.article.time;

/**
 * A length of time an event lasted ("a three-day visit", "for two days"): it turns the event's
 * first day into a range.
 */
public record DurationExpression(int start, int end, String text, int days) implements TimeExpression {

  /** Returns {@code first} stretched to {@link #days()} days when it is a single day, else unchanged. */
  public DateInterval apply(DateInterval first) {
    if (first.start() == null || !first.start().equals(first.end()) || days <= 1) {
      return first;
    }
    return DateInterval.range(first.start(), first.start().plusDays(days - 1L));
  }
}
