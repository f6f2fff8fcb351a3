package io.newstimeline.article.time;

import static io.newstimeline.article.time.Lexemes.NUMBER;

import io.newstimeline.article.parse.ParsedSentence;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** How long an event lasted: "a three-day visit", "a week-long tour", "for two days". */
final class DurationRule implements TemporalRule {

  private static final Pattern PATTERN = Pattern.compile("\\b(" + NUMBER + ")[\\s-](day|week)s?(?:-long)?\\s+"
      + "(?:state\\s+|official\\s+|working\\s+)?(?:visit|trip|tour|summit|stay|forum|conference|exercises?|mission"
      + "|talks|meeting|festival|event)\\b|\\bfor\\s+(" + NUMBER + ")\\s+(day|week)s?\\b"
      + "|\\b(day|week)-long\\s+(?:state\\s+|official\\s+)?(?:visit|trip|tour|summit|stay|talks)\\b");

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
    if (m.group(1) != null) {
      count = Lexemes.number(m.group(1));
      unit = m.group(2);
    } else if (m.group(3) != null) {
      count = Lexemes.number(m.group(3));
      unit = m.group(4);
    } else {
      count = 1;
      unit = m.group(5);
    }
    if (count <= 0) {
      return Optional.empty();
    }
    int days = unit.equals("week") ? count * 7 : count;
    return Optional.of(new DurationExpression(m.start(), m.end(), sentence.text(m.start(), m.end()), days));
  }
}
