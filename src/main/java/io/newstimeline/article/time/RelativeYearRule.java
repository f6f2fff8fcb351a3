package io.newstimeline.article.time;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;

/**
 * Years relative to publication: "late last year" (October to December of the previous year),
 * "earlier this year" (1 January to the day before publication), "last year", "next year".
 */
final class RelativeYearRule extends CalendarRule {

  RelativeYearRule() {
    super("relative-year", "\\b(?:(early|earlier|late|later|mid|the end of|the start of|the beginning of"
        + "|the middle of)[\\s-]+)?(this|last|next|the previous|the following|the past|the)\\s+year\\b",
        Set.of("year"));
  }

  /** "the year" alone is any year; with a part ("the end of the year") it is the current one. */
  @Override
  protected boolean accepts(MatchResult m) {
    return !m.group(2).equals("the") || m.group(1) != null && m.group(1).startsWith("the ");
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
      return Optional.of(DateInterval.range(published.minusYears(1), published));
    }
    int year = published.getYear() + switch (which) {
      case "last", "the previous" -> -1;
      case "next", "the following" -> 1;
      default -> 0;
    };
    if ("earlier".equals(part) && which.equals("this")) {
      return Optional.of(DateInterval.range(LocalDate.of(year, 1, 1),
          published.getDayOfYear() == 1 ? published : published.minusDays(1)));
    }
    if ("later".equals(part) && which.equals("this")) {
      LocalDate last = LocalDate.of(year, 12, 31);
      return Optional.of(DateInterval.range(published.equals(last) ? last : published.plusDays(1), last));
    }
    String modifier = "earlier".equals(part) ? "early" : "later".equals(part) ? "late" : part;
    return Optional.of(PartOfMonth.of(modifier).ofYear(year));
  }

  /** "earlier this year", "late last year": the year named; "the past year" is a span, not a date. */
  @Override
  public Optional<String> timexValue(MatchResult m, TemporalContext context) {
    String which = m.group(2);
    if (which.equals("the past")) {
      return Optional.empty();
    }
    int year = context.published().getYear() + switch (which) {
      case "last", "the previous" -> -1;
      case "next", "the following" -> 1;
      default -> 0;
    };
    return Optional.of(String.valueOf(year));
  }
}
