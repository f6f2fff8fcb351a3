package io.newstimeline.article.time;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;

/**
 * Weeks and weekends relative to publication: "earlier this week" (Monday to the day before
 * publication), "last week" (the previous Monday to Sunday), "next week", "at the weekend".
 */
final class RelativeWeekRule extends CalendarRule {

  RelativeWeekRule() {
    super("relative-week", "\\b(?:(earlier|later|early|late)\\s+)?(this|last|next|the previous|the following"
        + "|the past|the coming)\\s+(week|weekend)\\b|\\b(?:at|over|during)\\s+the\\s+(weekend)\\b",
        Set.of("week", "weekend"));
  }

  @Override
  public int tokensBeforeCue() {
    return 3;
  }

  @Override
  public Optional<DateInterval> resolve(MatchResult m, TemporalContext context) {
    LocalDate published = context.published();
    if (m.group(4) != null || "weekend".equals(m.group(3))) {
      return Optional.of(weekend(m.group(2), published, context));
    }
    String part = m.group(1);
    String which = m.group(2);
    LocalDate monday = Calendars.monday(published);
    return Optional.of(switch (which) {
      case "last", "the previous" -> DateInterval.range(monday.minusWeeks(1), monday.minusDays(1));
      case "next", "the following", "the coming" -> DateInterval.range(monday.plusWeeks(1), monday.plusDays(13));
      case "the past" -> DateInterval.range(published.minusDays(7), published);
      default -> thisWeek(part, monday, published, context);
    });
  }

  /** "earlier this week", "last week": the week named; "the past week" is a span, not a date. */
  @Override
  public Optional<String> timexValue(MatchResult m, TemporalContext context) {
    boolean weekend = m.group(4) != null || "weekend".equals(m.group(3));
    if (weekend) {
      return resolve(m, context).map(days -> TimexValues.week(days.start()) + "-WE");
    }
    LocalDate monday = Calendars.monday(context.published());
    return switch (m.group(2)) {
      case "the past" -> Optional.empty();
      case "last", "the previous" -> Optional.of(TimexValues.week(monday.minusWeeks(1)));
      case "next", "the following", "the coming" -> Optional.of(TimexValues.week(monday.plusWeeks(1)));
      default -> Optional.of(TimexValues.week(monday));
    };
  }

  private static DateInterval thisWeek(String part, LocalDate monday, LocalDate published, TemporalContext context) {
    LocalDate sunday = monday.plusDays(6);
    if ("earlier".equals(part)) {
      // On a Monday "earlier this week" has no day before publication left; the Monday is the best bound.
      return DateInterval.range(monday, published.equals(monday) ? monday : published.minusDays(1));
    }
    if ("later".equals(part)) {
      return DateInterval.range(published.equals(sunday) ? sunday : published.plusDays(1), sunday);
    }
    if ("early".equals(part)) {
      return DateInterval.range(monday, monday.plusDays(2));
    }
    if ("late".equals(part)) {
      return DateInterval.range(monday.plusDays(4), sunday);
    }
    if (context.isPast()) {
      return DateInterval.range(monday, published);
    }
    if (context.tense() == Tense.FUTURE) {
      return DateInterval.range(published, sunday);
    }
    return DateInterval.range(monday, sunday);
  }

  private static DateInterval weekend(String which, LocalDate published, TemporalContext context) {
    LocalDate monday = Calendars.monday(published);
    if ("last".equals(which) || "the previous".equals(which)) {
      return DateInterval.range(monday.minusDays(2), monday.minusDays(1));
    }
    if ("next".equals(which) || "the following".equals(which) || "the coming".equals(which)) {
      return DateInterval.range(monday.plusDays(5), monday.plusDays(6));
    }
    if (context.tense() == Tense.FUTURE) {
      LocalDate saturday = Calendars.onOrBefore(published, java.time.DayOfWeek.SATURDAY).equals(published)
          ? published : Calendars.after(published, java.time.DayOfWeek.SATURDAY);
      return DateInterval.range(saturday, saturday.plusDays(1));
    }
    LocalDate saturday = Calendars.onOrBefore(published, java.time.DayOfWeek.SATURDAY);
    LocalDate sunday = saturday.plusDays(1);
    return DateInterval.range(saturday, sunday.isAfter(published) ? published : sunday);
  }
}
