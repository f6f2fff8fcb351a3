package io.newstimeline.article.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;

/**
 * Months relative to publication: "last month", "early this month" (its 1st to 10th), "earlier
 * this month" (the 1st to the day before publication), "late last month", "next month".
 */
final class RelativeMonthRule extends CalendarRule {

  RelativeMonthRule() {
    super("relative-month", "\\b(?:(early|earlier|late|later|mid|the end of|the start of|the beginning of"
        + "|the middle of)[\\s-]+)?(this|last|next|the previous|the following|the past)\\s+month\\b",
        Set.of("month"));
  }

  @Override
  public int tokensBeforeCue() {
    return 4;
  }

  @Override
  public Optional<DateInterval> resolve(MatchResult m, TemporalContext context) {
    LocalDate published = context.published();
    String part = m.group(1);
    String which = m.group(2);
    if (which.equals("the past")) {
      return Optional.of(DateInterval.range(published.minusMonths(1), published));
    }
    YearMonth month = YearMonth.from(published).plusMonths(switch (which) {
      case "last", "the previous" -> -1;
      case "next", "the following" -> 1;
      default -> 0;
    });
    if ("earlier".equals(part) && which.equals("this")) {
      return Optional.of(DateInterval.range(month.atDay(1),
          published.getDayOfMonth() == 1 ? published : published.minusDays(1)));
    }
    if ("later".equals(part) && which.equals("this")) {
      LocalDate last = month.atEndOfMonth();
      return Optional.of(DateInterval.range(published.equals(last) ? last : published.plusDays(1), last));
    }
    String modifier = "earlier".equals(part) ? "early" : "later".equals(part) ? "late" : part;
    return Optional.of(PartOfMonth.of(modifier).of(month));
  }

  /** "earlier this month", "late last month": the month named; "the past month" is a span, not a date. */
  @Override
  public Optional<String> timexValue(MatchResult m, TemporalContext context) {
    String which = m.group(2);
    if (which.equals("the past")) {
      return Optional.empty();
    }
    YearMonth month = YearMonth.from(context.published()).plusMonths(switch (which) {
      case "last", "the previous" -> -1;
      case "next", "the following" -> 1;
      default -> 0;
    });
    return Optional.of(TimexValues.month(month.atDay(1)));
  }
}
