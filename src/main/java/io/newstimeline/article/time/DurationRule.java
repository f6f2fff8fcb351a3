package io.newstimeline.article.time;

import static io.newstimeline.article.time.Lexemes.NUMBER;

import io.newstimeline.article.parse.ParsedSentence;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * How long an event lasted: "a three-day visit", "a week-long tour", "for two days"; "ending a
 * six-day trip", "at the end of a three-day visit" end on the clause's date.
 */
final class DurationRule implements TemporalRule {

  /** Words before a span that make the clause's date its last day. */
  private static final String ENDING = "(?:\\b(ending|concluding|wrapping up|rounding off|capping|closing|at the end of"
      + "|on the last day of|the last day of|the end of|the final day of|on the final day of)\\s+"
      + "(?:(?:a|an|the|his|her|their|its)\\s+)?)?";
  private static final Pattern PATTERN = Pattern.compile(ENDING + "\\b(" + NUMBER + ")[\\s-](day|week)s?(?:-long)?\\s+"
      + "(?:state\\s+|official\\s+|working\\s+)?(?:visit|trip|tour|summit|stay|forum|conference|exercises?|mission"
      + "|talks|meeting|festival|event)\\b|\\bfor\\s+(" + NUMBER + ")\\s+(day|week)s?\\b"
      + "|\\b(day|week)-long\\s+(?:state\\s+|official\\s+)?(?:visit|trip|tour|summit|stay|talks)\\b");

  @Override
  public int tokensBeforeCue() {
    return 8;
  }

  @Override
  public String name() {
    return "duration";
  }

  @Override
  public Pattern pattern() {
    return PATTERN;
  }

  @Override
  public Set<String> cues() {
    return Set.of("day", "days", "week", "weeks");
  }

  @Override
  public Optional<TimeExpression> express(MatchResult m, ParsedSentence sentence) {
    int count;
    String unit;
    if (m.group(2) != null) {
      count = Lexemes.number(m.group(2));
      unit = m.group(3);
    } else if (m.group(4) != null) {
      count = Lexemes.number(m.group(4));
      unit = m.group(5);
    } else {
      count = 1;
      unit = m.group(6);
    }
    if (count <= 0) {
      return Optional.empty();
    }
    int days = unit.equals("week") ? count * 7 : count;
    return Optional.of(new DurationExpression(m.start(), m.end(), sentence.text(m.start(), m.end()), days,
        m.group(1) != null));
  }
}
