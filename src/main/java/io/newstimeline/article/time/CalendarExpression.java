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

  /** Returns the TIMEX3 value of this expression in {@code context} ("2013-W11", "PAST_REF"), empty when none. */
  public Optional<String> timexValue(TemporalContext context) {
    return rule.timexValue(match, context);
  }

  /** Returns true when the expression may date the event of its clause (not "now", "soon", "for 2024"). */
  public boolean datesEvents() {
    return rule.datesEvents(match);
  }

  /** Returns true for a vague reference ("now", "in the past"), which dates an event only when nothing else does. */
  public boolean isVague() {
    return rule.isVague();
  }

  /** Returns the name of the rule that found it. */
  public String ruleName() {
    return rule.name();
  }
}
