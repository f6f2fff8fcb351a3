package io.newstimeline.article.time;

import io.newstimeline.article.parse.ParsedSentence;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;

/**
 * A year standing alone: "2009 was a bad year", "sales fell in the 2008 downturn", "the 2012
 * Olympics". A four-digit number is taken for a year unless it counts something ("2000 jobs"), is
 * money or part of a range ("2008-2009"). "WWDC 2005" is a date too, as TimeML annotates it.
 */
final class BareYearRule extends CalendarRule {

  /** Words after a number that end in "s" but do not make it a count. */
  private static final Set<String> NOT_PLURALS = Set.of("was", "has", "is", "as", "its", "his", "this", "us", "thus",
      "plus", "across", "versus", "less", "unless", "whereas", "sales", "earnings", "results", "levels", "figures",
      "models", "games", "olympics", "elections", "finals", "accounts", "losses", "profits", "budgets", "prices");

  /** The same rule for years something is for ("a plan for 2024 and 2025"), which date no event. */
  private static final BareYearRule TARGET = new BareYearRule(false);

  private static final Set<String> JOINERS = Set.of("and", "or", "to");

  private final boolean datesEvents;

  BareYearRule() {
    this(true);
  }

  private BareYearRule(boolean datesEvents) {
    super("bare-year", "\\b((?:19|20)\\d{2})\\b", Set.of("#year"));
    this.datesEvents = datesEvents;
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
    boolean count = after.length() > 2 && Character.isLowerCase(after.charAt(0)) && after.endsWith("s")
        && !NOT_PLURALS.contains(after);
    if (money || range || count) {
      return Optional.empty();
    }
    return (isTarget(sentence, token) ? TARGET : this).expressAsIs(match, sentence);
  }

  private Optional<TimeExpression> expressAsIs(MatchResult match, ParsedSentence sentence) {
    return super.express(match, sentence);
  }

  /** "for 2024", "for 2024 and 2025": the year a plan or budget is for. */
  private static boolean isTarget(ParsedSentence sentence, int token) {
    int k = token - 1;
    if (k >= 1 && JOINERS.contains(sentence.token(k).lower())
        && sentence.token(k - 1).text().matches("(?:19|20)\\d{2}")) {
      k -= 2;
    }
    return k >= 0 && sentence.token(k).lower().equals("for");
  }

  @Override
  public boolean datesEvents(MatchResult m) {
    return datesEvents;
  }

  @Override
  public Optional<DateInterval> resolve(MatchResult m, TemporalContext context) {
    return Optional.of(DateInterval.year(Integer.parseInt(m.group(1))));
  }
}
