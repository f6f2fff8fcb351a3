package io.newstimeline.article.time;

import static io.newstimeline.article.time.Lexemes.MONTH_ANY;

import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.MatchResult;

/** A month with its year, optionally early, mid or late in it: "in July 2023", "late August 2023". */
final class MonthYearRule extends CalendarRule {

  MonthYearRule() {
    super("month-year", "\\b(?:(?:in|during|since|by|until|from|of|before|after)\\s+)?(?:(early|mid|late|the end of"
        + "|the start of|the beginning of|the middle of)[\\s-]+)?(" + MONTH_ANY + "),?\\s+((?:19|20)\\d{2})\\b",
        Lexemes.MONTH_WORDS);
  }

  @Override
  public Optional<DateInterval> resolve(MatchResult m, TemporalContext context) {
    YearMonth month = YearMonth.of(Integer.parseInt(m.group(3)), Lexemes.month(m.group(2)));
    return Optional.of(PartOfMonth.of(m.group(1)).of(month));
  }
}
