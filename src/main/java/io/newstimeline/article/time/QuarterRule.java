package io.newstimeline.article.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;

/**
 * Quarters and half-years, as business news dates results: "the first quarter of 2009", "the third
 * quarter of this year", "third-quarter profit", "the last quarter", "Q2 2023", "the second half of
 * last year". Without a year, the latest such period begun by publication, or for future clauses
 * the next one not yet over.
 */
final class QuarterRule extends CalendarRule {

  QuarterRule() {
    super("quarter", "\\b(?:(the|this|last|next|a)\\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
        + "[\\s-]+(quarter|half)(?:\\s+of\\s+(?:(this|last|next|the previous|the following|the)\\s+(?:fiscal\\s+"
        + "|financial\\s+)?year|((?:19|20)\\d{2})))?\\b|\\b(?:(the\\s+)?(last|past|previous|next|coming|current|this)"
        + "\\s+(quarter))\\b|\\bq([1-4])(?:\\s+((?:19|20)\\d{2}))?\\b",
        Set.of("quarter", "half", "q1", "q2", "q3", "q4"));
  }

  @Override
  public int tokensBeforeCue() {
    return 3;
  }

  @Override
  protected boolean accepts(MatchResult m) {
    // "half" needs an ordinal and "the" ("the first half"), not "a half" or "one and a half".
    return m.group(3) == null || m.group(3).equals("quarter") || m.group(1) != null && !m.group(1).equals("a");
  }

  @Override
  public Optional<DateInterval> resolve(MatchResult m, TemporalContext context) {
    LocalDate published = context.published();
    int current = (published.getMonthValue() + 2) / 3;
    boolean lastAlone = "last".equals(m.group(2)) && m.group(4) == null && m.group(5) == null;
    if (m.group(8) != null || lastAlone && m.group(3).equals("quarter")) {
      // "the last quarter", "next quarter": counted from the quarter of publication.
      int shift = lastAlone ? -1 : switch (m.group(7)) {
        case "last", "past", "previous" -> -1;
        case "next", "coming" -> 1;
        default -> 0;
      };
      YearMonth first = YearMonth.of(published.getYear(), current * 3 - 2).plusMonths(3L * shift);
      return Optional.of(DateInterval.quarter(first.getYear(), (first.getMonthValue() + 2) / 3));
    }
    if (m.group(9) != null) {
      int quarter = Integer.parseInt(m.group(9));
      int year = m.group(10) != null ? Integer.parseInt(m.group(10)) : yearOf(quarter * 3 - 2, 3, published, context);
      return Optional.of(DateInterval.quarter(year, quarter));
    }
    String ordinal = m.group(2);
    boolean half = m.group(3).equals("half");
    int index = switch (ordinal) {
      case "first", "1st" -> 1;
      case "second", "2nd" -> 2;
      case "third", "3rd" -> 3;
      default -> half ? 2 : 4;
    };
    if (half && index > 2) {
      return Optional.empty();
    }
    int firstMonth = half ? index * 6 - 5 : index * 3 - 2;
    int months = half ? 6 : 3;
    int year;
    if (m.group(5) != null) {
      year = Integer.parseInt(m.group(5));
    } else if (m.group(4) != null && !m.group(4).equals("the")) {
      year = published.getYear() + switch (m.group(4)) {
        case "last", "the previous" -> -1;
        case "next", "the following" -> 1;
        default -> 0;
      };
    } else if (m.group(4) != null) {
      year = published.getYear();
    } else {
      year = yearOf(firstMonth, months, published, context);
    }
    YearMonth first = YearMonth.of(year, firstMonth);
    return Optional.of(half ? DateInterval.range(first.atDay(1), first.plusMonths(5).atEndOfMonth())
        : DateInterval.quarter(year, index));
  }

  /** The year of a period named without one: the latest begun by publication, or the next not over for the future. */
  private static int yearOf(int firstMonth, int months, LocalDate published, TemporalContext context) {
    int year = published.getYear();
    LocalDate start = LocalDate.of(year, firstMonth, 1);
    LocalDate end = YearMonth.of(year, firstMonth).plusMonths(months - 1L).atEndOfMonth();
    if (context.tense() == Tense.FUTURE) {
      return end.isBefore(published) ? year + 1 : year;
    }
    return start.isAfter(published) ? year - 1 : year;
  }
}
