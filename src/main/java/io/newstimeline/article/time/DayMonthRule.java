package io.newstimeline.article.time;

import static io.newstimeline.article.time.Lexemes.MONTH_ANY;
import static io.newstimeline.article.time.Lexemes.ORDINAL_SUFFIX;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.Optional;
import java.util.regex.MatchResult;

/**
 * A day and month without a year ("September 10", "on 10 September", "the 13th of September"): the
 * publication year, or the year before for a past clause whose day would otherwise lie after
 * publication (and the year after for a future one).
 */
final class DayMonthRule extends CalendarRule {

  DayMonthRule() {
    super("day-month", "\\b(?:on\\s+)?(?:the\\s+)?(?:(\\d{1,2})" + ORDINAL_SUFFIX + "\\s+(?:of\\s+)?(" + MONTH_ANY
        + ")|(" + MONTH_ANY + ")\\s+(\\d{1,2})" + ORDINAL_SUFFIX + ")\\b", Lexemes.MONTH_WORDS);
  }

  @Override
  protected boolean accepts(MatchResult m) {
    // "may 5" is almost always the modal verb before a number, not the month.
    String month = m.group(3);
    return month == null || !month.equals("may");
  }

  @Override
  public Optional<DateInterval> resolve(MatchResult m, TemporalContext context) {
    boolean dayFirst = m.group(1) != null;
    try {
      MonthDay monthDay = MonthDay.of(Lexemes.month(m.group(dayFirst ? 2 : 3)), Integer.parseInt(m.group(dayFirst ? 1 : 4)));
      return Optional.of(DateInterval.day(Calendars.occurrence(monthDay, context.published(), context.tense())));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
