package io.newstimeline.article.time;

import static io.newstimeline.article.time.Lexemes.MONTH_ANY;
import static io.newstimeline.article.time.Lexemes.ORDINAL_SUFFIX;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.MatchResult;

/** A day with month and year, either way round: "30 August 2023", "August 30, 2023", "on the 30th of August 2023". */
final class FullDateRule extends CalendarRule {

  FullDateRule() {
    super("full-date", "\\b(?:on\\s+)?(?:the\\s+)?(?:(\\d{1,2})" + ORDINAL_SUFFIX + "\\s+(?:of\\s+)?(" + MONTH_ANY
        + "),?\\s+((?:19|20)\\d{2})|(" + MONTH_ANY + ")\\s+(\\d{1,2})" + ORDINAL_SUFFIX + ",?\\s+((?:19|20)\\d{2}))\\b",
        Lexemes.MONTH_WORDS);
  }

  @Override
  public Optional<DateInterval> resolve(MatchResult m, TemporalContext context) {
    boolean dayFirst = m.group(1) != null;
    try {
      LocalDate day = LocalDate.of(Integer.parseInt(m.group(dayFirst ? 3 : 6)), Lexemes.month(m.group(dayFirst ? 2 : 4)),
          Integer.parseInt(m.group(dayFirst ? 1 : 5)));
      return Optional.of(DateInterval.day(day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
