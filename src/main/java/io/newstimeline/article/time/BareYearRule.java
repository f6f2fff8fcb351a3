package io.newstimeline.article.time;

import io.newstimeline.article.parse.ParsedSentence;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;

/**
 * A year standing alone: "2009 was a bad year", "sales fell in the 2008 downturn", "the 2012
 * Olympics". A four-digit number is taken for a year unless it counts something ("2000 jobs"), is
 * money or part of a range or name ("Windows 2000").
 */
final class BareYearRule extends CalendarRule {

  /** Words after a number that end in "s" but do not make it a count. */
  private static final Set<String> NOT_PLURALS = Set.of("was", "has", "is", "as", "its", "his", "this", "us", "thus",
      "plus", "across", "versus", "less", "unless", "whereas", "sales", "earnings", "results", "levels", "figures",
      "models", "games", "olympics", "elections", "finals", "accounts", "losses", "profits", "budgets", "prices");

  BareYearRule() {
    super("bare-year", "\\b((?:19|20)\\d{2})\\b", Set.of("#year"));
  }

  @Override
  public int tokensBeforeCue() {
    return 0;
  }

  @Override
  public Optional<TimeExpression> express(MatchResult match, ParsedSentence sentence) {
    int token = sentence.tokenAt(match.start());
    String before = token > 0 ? sentence.token(token - 1).text() : "";
    String after = token + 1 < sentence.size() ? sentence.token(token + 1).text() : "";
    boolean money = before.equals("$") || before.equals("£") || before.equals("€") || before.equals("#");
    boolean range = after.equals("-") || after.equals("–") || before.equals("-") || before.equals("–")
        || after.equals("%") || after.equals(",") && token + 2 < sentence.size()
        && Character.isDigit(sentence.token(token + 2).text().charAt(0));
    boolean name = token > 0 && sentence.token(token - 1).isCapitalised() && !Lexemes.MONTH_WORDS.contains(
        sentence.token(token - 1).lower()) && !before.equals("The") && !before.equals("In");
    boolean count = after.length() > 2 && Character.isLowerCase(after.charAt(0)) && after.endsWith("s")
        && !NOT_PLURALS.contains(after);
    return money || range || name || count ? Optional.empty() : super.express(match, sentence);
  }

  @Override
  public boolean datesEvents() {
    return false;
  }

  @Override
  public Optional<DateInterval> resolve(MatchResult m, TemporalContext context) {
    return Optional.of(DateInterval.year(Integer.parseInt(m.group(1))));
  }
}
