package io.newstimeline.article.time;

import java.util.Optional;
import java.util.regex.MatchResult;

/**
 * An expression that fixes dates on the calendar by itself, given the publication day and tense:
 * "30 August 2023", "on Sunday night", "late last year", "recently".
 */
public record CalendarExpression(int start, int end, String text, CalendarRule rule, MatchResult match)
    implements TimeExpression {

  /** Returns the days this expression denotes in {@code context}, or empty when it names no real date. */
  public Optional<DateInterval> resolve(TemporalContext context) {
    return rule.resolve(match, context);
  }

  /** Returns the name of the rule that found it. */
  public String ruleName() {
    return rule.name();
  }
}
