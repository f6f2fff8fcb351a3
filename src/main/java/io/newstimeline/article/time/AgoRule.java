package io.newstimeline.article.time;

import static io.newstimeline.article.time.Lexemes.NUMBER;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;

/**
 * Time back from publication: "three days ago" (that day), "two weeks ago" (that Monday-Sunday
 * week, not a guessed day), "a month ago" (that month), "a few days ago" (a range).
 */
final class AgoRule extends CalendarRule {

  AgoRule() {
    super("ago", "\\b(" + NUMBER + ")\\s+(day|week|month|year)s?\\s+ago\\b", Set.of("ago"));
  }

  @Override
  public Optional<DateInterval> resolve(MatchResult m, TemporalContext context) {
    LocalDate published = context.published();
    int n = Lexemes.number(m.group(1));
    String unit = m.group(2);
    if (n < 0) {
      return Optional.of(switch (unit) {
        case "day" -> DateInterval.range(published.minusDays(7), published.minusDays(2));
        case "week" -> DateInterval.range(published.minusWeeks(6), published.minusWeeks(2));
        case "month" -> DateInterval.range(published.minusMonths(6), published.minusMonths(2));
        default -> DateInterval.range(published.minusYears(6), published.minusYears(2));
      });
    }
    return Optional.of(switch (unit) {
      case "day" -> DateInterval.day(published.minusDays(n));
      case "week" -> {
        LocalDate monday = Calendars.monday(published.minusWeeks(n));
        yield DateInterval.range(monday, monday.plusDays(6));
      }
      case "month" -> DateInterval.month(YearMonth.from(published).minusMonths(n));
      default -> DateInterval.year(published.getYear() - n);
    });
  }
}
