package io.newstimeline.article.time;

import static io.newstimeline.article.time.Lexemes.MONTH_FULL;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.MatchResult;

/**
 * A month named without a year, after a preposition or modifier: "in July", "early September",
 * "last March", "next June". Without last/next it is in the publication year unless the tense
 * puts it on the other side of publication.
 */
final class MonthRule extends CalendarRule {

  MonthRule() {
    super("month", "\\b((?:(?:in|during|since|by|until|from|of|last|this|next|early|mid|late|the end of|the start of"
        + "|the beginning of|the middle of)[\\s-]+){1,3})(" + MONTH_FULL + ")\\b", Lexemes.MONTH_WORDS);
  }

  @Override
  public Optional<DateInterval> resolve(MatchResult m, TemporalContext context) {
    String prefix = m.group(1);
    Month month = Lexemes.month(m.group(2));
    LocalDate published = context.published();
    int year;
    if (prefix.contains("last")) {
      year = month.getValue() < published.getMonthValue() ? published.getYear() : published.getYear() - 1;
    } else if (prefix.contains("next")) {
      year = month.getValue() > published.getMonthValue() ? published.getYear() : published.getYear() + 1;
    } else if (prefix.contains("this")) {
      year = published.getYear();
    } else {
      year = Calendars.yearOf(month, published, context.tense());
    }
    return Optional.of(PartOfMonth.of(modifier(prefix)).of(YearMonth.of(year, month)));
  }

  private static String modifier(String prefix) {
    for (String word : new String[] {"early", "mid", "late", "the end of", "the start of", "the beginning of",
        "the middle of"}) {
      if (prefix.contains(word)) {
        return word;
      }
    }
    return null;
  }
}
