package io.newstimeline.article.time;

import io.newstimeline.article.parse.ParsedSentence;
import io.newstimeline.article.time.AnchoredExpression.Relation;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * An order between two events without a distance: "following Mr Shoigu's visit", "after the
 * summit", "ahead of the talks". The event layer keeps it only when the phrase names an event.
 */
final class RelationRule implements TemporalRule {

  private static final Pattern PATTERN = Pattern.compile("\\b(following|(?:shortly |soon |just |days |hours )?after"
      + "|(?:shortly |just |days |hours )?before|ahead of|prior to|in the wake of|in the run-up to)\\s+([^,;.]*[^,;.\\s])");

  private static final Pattern CLOCK = Pattern.compile("(?:\\d|midnight|noon|midday|dawn|dusk|sunrise|sunset"
      + "|daybreak|nightfall|lunchtime)");

  @Override
  public String name() {
    return "relation";
  }

  @Override
  public Pattern pattern() {
    return PATTERN;
  }

  @Override
  public Set<String> cues() {
    return Set.of("following", "after", "before", "ahead", "prior", "wake", "run");
  }

  @Override
  public Optional<TimeExpression> express(MatchResult m, ParsedSentence sentence) {
    if (CLOCK.matcher(m.group(2)).lookingAt()) {
      // "shortly before 3am", "after midnight": a time of day, not another event.
      return Optional.empty();
    }
    String word = m.group(1);
    Relation relation = word.endsWith("before") || word.equals("ahead of") || word.equals("prior to")
        || word.equals("in the run-up to") ? Relation.BEFORE : Relation.AFTER;
    return Optional.of(new AnchoredExpression(m.start(), m.end(), sentence.text(m.start(), m.end()), relation, 0,
        ChronoUnit.DAYS, m.start(2), m.end(2)));
  }
}
