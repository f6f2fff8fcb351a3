package io.newstimeline.article.time;

import static io.newstimeline.article.time.Lexemes.MONTH_FULL;

import io.newstimeline.article.parse.ParsedSentence;
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
        + "|the beginning of|the middle of)[\\s-]+){0,3})(" + MONTH_FULL + ")\\b(?:\\s+of\\s+(this|last|next|the following"
        + "|the previous)\\s+year\\b)?", Lexemes.MONTH_WORDS);
  }

  /**
   * A month alone ("sales fell in January" has its preposition; "January sales" does not) counts when
   * written with a capital, except "May" and "March", which are as often a verb.
   */
  @Override
  public Optional<TimeExpression> express(MatchResult match, ParsedSentence sentence) {
    String month = match.group(2);
    boolean capitalised = sentence.token(sentence.tokenAt(match.start(2))).isCapitalised();
    boolean verb = month.equals("may") || month.equals("march");
    if (verb && !capitalised || match.group(1).isEmpty() && (verb || !capitalised)) {
      return Optional.empty();
    }
    return super.express(match, sentence);
  }

  @Override
  public int tokensBeforeCue() {
    return 4;
  }

  @Override
  public Optional<DateInterval> resolve(MatchResult m, TemporalContext context) {
    String prefix = m.group(1);
    Month month = Lexemes.month(m.group(2));
    LocalDate published = context.published();
    int year;
    if (m.group(3) != null) {
      year = published.getYear() + switch (m.group(3)) {
        case "last", "the previous" -> -1;
        case "next", "the following" -> 1;
        default -> 0;
      };
    } else if (prefix.contains("last")) {
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

  /** "early September" is the month (TimeML marks the part with a modifier, not in the value). */
  @Override
  public Optional<String> timexValue(MatchResult m, TemporalContext context) {
    return resolve(m, context).map(days -> TimexValues.month(days.start()));
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
