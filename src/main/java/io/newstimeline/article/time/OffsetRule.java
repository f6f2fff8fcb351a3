package io.newstimeline.article.time;

import static io.newstimeline.article.time.Lexemes.NUMBER;

import io.newstimeline.article.parse.ParsedSentence;
import io.newstimeline.article.time.AnchoredExpression.Relation;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * A distance from another event: "two days later", "a day after arriving", "two months after
 * staging a mutiny", "the next day". Without an anchor phrase the anchor is the previous dated
 * event of the article.
 */
final class OffsetRule implements TemporalRule {

  private static final Pattern PATTERN = Pattern.compile("\\b(" + NUMBER + ")\\s+(day|week|month|year)s?\\s+"
      + "(after|before|later|earlier)\\b(?:\\s+([^,;.]*[^,;.\\s]))?"
      + "|\\bthe\\s+(next|following|previous)\\s+(day|morning|week)\\b"
      + "|\\bthe\\s+day\\s+(after|before)\\b(?:\\s+([^,;.]*[^,;.\\s]))?");

  @Override
  public String name() {
    return "offset";
  }

  @Override
  public Pattern pattern() {
    return PATTERN;
  }

  @Override
  public Set<String> cues() {
    return Set.of("after", "before", "later", "earlier", "next", "following", "previous");
  }

  @Override
  public Optional<TimeExpression> express(MatchResult m, ParsedSentence sentence) {
    if (m.group(1) != null) {
      int amount = Lexemes.number(m.group(1));
      ChronoUnit unit = unit(m.group(2));
      String direction = m.group(3);
      Relation relation = direction.equals("after") || direction.equals("later") ? Relation.AFTER : Relation.BEFORE;
      boolean phrase = (direction.equals("after") || direction.equals("before")) && m.group(4) != null;
      int end = phrase ? m.end(4) : m.end(3);
      return Optional.of(new AnchoredExpression(m.start(), end, sentence.text(m.start(), end), relation,
          Math.max(amount, 0), unit, phrase ? m.start(4) : -1, phrase ? m.end(4) : -1));
    }
    if (m.group(5) != null) {
      Relation relation = m.group(5).equals("previous") ? Relation.BEFORE : Relation.AFTER;
      ChronoUnit unit = m.group(6).equals("week") ? ChronoUnit.WEEKS : ChronoUnit.DAYS;
      return Optional.of(new AnchoredExpression(m.start(), m.end(), sentence.text(m.start(), m.end()), relation, 1, unit,
          -1, -1));
    }
    Relation relation = m.group(7).equals("after") ? Relation.AFTER : Relation.BEFORE;
    boolean phrase = m.group(8) != null;
    return Optional.of(new AnchoredExpression(m.start(), m.end(), sentence.text(m.start(), m.end()), relation, 1,
        ChronoUnit.DAYS, phrase ? m.start(8) : -1, phrase ? m.end(8) : -1));
  }

  private static ChronoUnit unit(String word) {
    return switch (word) {
      case "week" -> ChronoUnit.WEEKS;
      case "month" -> ChronoUnit.MONTHS;
      case "year" -> ChronoUnit.YEARS;
      default -> ChronoUnit.DAYS;
    };
  }
}
