package io.newstimeline.article.time;

import static io.newstimeline.article.time.Lexemes.MONTH_ANY;
import static io.newstimeline.article.time.Lexemes.ORDINAL_SUFFIX;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.regex.MatchResult;

/** Days of one month given as a range: "10-13 September", "from 10 to 13 September 2023", "September 10 to 13". */
final class DayRangeRule extends CalendarRule {

  private static final String SEPARATOR = "\\s*(?:-|to|and|until)\\s*";

  DayRangeRule() {
    super("day-range", "\\b(?:from\\s+|between\\s+)?(?:(\\d{1,2})" + ORDINAL_SUFFIX + SEPARATOR + "(\\d{1,2})"
        + ORDINAL_SUFFIX + "\\s+(?:of\\s+)?(" + MONTH_ANY + ")(?:,?\\s+((?:19|20)\\d{2}))?|(" + MONTH_ANY
        + ")\\s+(\\d{1,2})" + ORDINAL_SUFFIX + SEPARATOR + "(\\d{1,2})" + ORDINAL_SUFFIX
        + "(?:,?\\s+((?:19|20)\\d{2}))?)\\b", Lexemes.MONTH_WORDS);
  }

  @Override
  public Optional<DateInterval> resolve(MatchResult m, TemporalContext context) {
    boolean dayFirst = m.group(1) != null;
    Month month = Lexemes.month(m.group(dayFirst ? 3 : 5));
    String yearText = m.group(dayFirst ? 4 : 8);
    int year = yearText != null ? Integer.parseInt(yearText) : Calendars.yearOf(month, context.published(), context.tense());
    try {
      LocalDate first = LocalDate.of(year, month, Integer.parseInt(m.group(dayFirst ? 1 : 6)));
      LocalDate last = LocalDate.of(year, month, Integer.parseInt(m.group(dayFirst ? 2 : 7)));
      return last.isAfter(first) ? Optional.of(DateInterval.range(first, last)) : Optional.empty();
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
