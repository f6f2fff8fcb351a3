package io.newstimeline.article.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;

/**
 * A meteorological season of the northern hemisphere: "last summer", "this spring", "in the
 * winter of 2022" (December 2022 to February 2023).
 */
final class SeasonRule extends CalendarRule {

  SeasonRule() {
    super("season", "\\b((?:(?:in|during|over|by|until|since|this|last|next|early|late|mid)[\\s-]+){0,2})(?:the\\s+)?"
        + "(spring|summer|autumn|winter)(?:\\s+(?:of\\s+)?((?:19|20)\\d{2}))?\\b",
        Set.of("spring", "summer", "autumn", "winter"));
  }

  @Override
  protected boolean accepts(MatchResult m) {
    return !m.group(1).isEmpty() || m.group(3) != null;
  }

  @Override
  public Optional<DateInterval> resolve(MatchResult m, TemporalContext context) {
    LocalDate published = context.published();
    int firstMonth = switch (m.group(2)) {
      case "spring" -> 3;
      case "summer" -> 6;
      case "autumn" -> 9;
      default -> 12;
    };
    String prefix = m.group(1);
    int year;
    if (m.group(3) != null) {
      year = Integer.parseInt(m.group(3));
    } else {
      // The season of publication year, then step back or forward to the one the words point at.
      year = published.getYear();
      if (firstMonth == 12 && published.getMonthValue() <= 2) {
        year--;
      }
      LocalDate start = YearMonth.of(year, firstMonth).atDay(1);
      LocalDate end = YearMonth.of(year, firstMonth).plusMonths(2).atEndOfMonth();
      if (prefix.contains("last")) {
        year -= end.isBefore(published) ? 0 : 1;
      } else if (prefix.contains("next")) {
        year += start.isAfter(published) ? 0 : 1;
      } else if (!prefix.contains("this")) {
        if (context.isPast() && start.isAfter(published)) {
          year--;
        } else if (context.tense() == Tense.FUTURE && end.isBefore(published)) {
          year++;
        }
      }
    }
    YearMonth first = YearMonth.of(year, firstMonth);
    return Optional.of(DateInterval.range(first.atDay(1), first.plusMonths(2).atEndOfMonth()));
  }
}
