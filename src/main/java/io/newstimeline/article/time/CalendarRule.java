package io.newstimeline.article.time;

import io.newstimeline.article.parse.ParsedSentence;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** A rule whose matches fix calendar days by themselves, given the publication day and tense. */
public abstract class CalendarRule implements TemporalRule {

  private final String name;
  private final Pattern pattern;
  private final Set<String> cues;

  protected CalendarRule(String name, String regex, Set<String> cues) {
    this.name = name;
    this.pattern = Pattern.compile(regex);
    this.cues = Set.copyOf(cues);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Pattern pattern() {
    return pattern;
  }

  @Override
  public Set<String> cues() {
    return cues;
  }

  @Override
  public Optional<TimeExpression> express(MatchResult match, ParsedSentence sentence) {
    if (!accepts(match)) {
      return Optional.empty();
    }
    return Optional.of(new CalendarExpression(match.start(), match.end(),
        sentence.text(match.start(), match.end()), this, match));
  }

  /**
   * Returns false for expressions that have a TIMEX3 value but should not date the event of their
   * clause: vague references ("now", "in the future"), a year something is for ("a plan for 2024").
   */
  public boolean datesEvents(MatchResult match) {
    return true;
  }

  /** Returns true for vague references ("now", "in the past"): they date an event only when nothing else does. */
  public boolean isVague() {
    return false;
  }

  /** Returns false to reject a match that has the pattern's shape but is not a time expression. */
  protected boolean accepts(MatchResult match) {
    return true;
  }

  /** Returns the days {@code match} denotes in {@code context}, or empty when it names no real date. */
  public abstract Optional<DateInterval> resolve(MatchResult match, TemporalContext context);

  /**
   * Returns the TIMEX3 value of {@code match} in {@code context}: by default that of the smallest
   * calendar unit holding its days. Rules whose days are a part of a unit ("early June", "earlier
   * this week") or vague ("recently") say the unit or reference they name instead.
   */
  public Optional<String> timexValue(MatchResult match, TemporalContext context) {
    return resolve(match, context).flatMap(TimexValues::of);
  }
}
