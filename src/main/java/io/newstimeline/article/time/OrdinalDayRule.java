package io.newstimeline.article.time;

import static io.newstimeline.article.time.Lexemes.MONTH_ANY;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;

/**
 * A day of the month alone, "on the 13th": in the publication month, or the month before (past
 * clause) or after (future clause) when the day lies on the wrong side of publication.
 */
final class OrdinalDayRule extends CalendarRule {

  OrdinalDayRule() {
    super("ordinal-day", "\\b(?:on\\s+)?the\\s+(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?(?:" + MONTH_ANY
        + "|century|anniversary|time|round|floor|day|birthday|year|annual|session|summit|congress|plenary|meeting"
        + "|party|army|division|brigade|regiment|fleet|edition|amendment|place|largest|biggest))", Set.of("#ordinal"));
  }

  @Override
  public Optional<DateInterval> resolve(MatchResult m, TemporalContext context) {
    int day = Integer.parseInt(m.group(1));
    LocalDate published = context.published();
    YearMonth month = YearMonth.from(published);
    if (context.isPast() && day > published.getDayOfMonth()) {
      month = month.minusMonths(1);
    } else if (context.tense() == Tense.FUTURE && day < published.getDayOfMonth()) {
      month = month.plusMonths(1);
    }
    try {
      return Optional.of(DateInterval.day(month.atDay(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
