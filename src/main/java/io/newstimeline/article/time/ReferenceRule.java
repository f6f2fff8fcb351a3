package io.newstimeline.article.time;

import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;

/**
 * Vague references to the present, past or future, with no calendar value: "now", "currently", "at
 * present" (PRESENT_REF, the reference day); "in the past" (PAST_REF, on or before it);
 * "in the future", "soon", "in the long term" (FUTURE_REF, no days). An event is dated by one only
 * when its clause has no other date.
 */
final class ReferenceRule extends CalendarRule {

  ReferenceRule() {
    super("reference", "\\b(?:(now|currently|presently|nowadays|at present|at the moment|these days)"
        + "|(in the past|the past|in recent history)"
        + "|(in the (?:near |distant |not too distant )?future|in future|the (?:near )?future|(?:very )?soon"
        + "|in the (?:long|short|medium) term|the (?:long|short|medium) term|in the coming (?:days|weeks|months|years)"
        + "|in the years to come))\\b(?!-|'s\\b|\\s+(?:few\\s+|two\\s+|three\\s+|several\\s+)?(?:decades?|years?|months?|weeks?"
        + "|days?|century|centuries|quarters?)\\b)",
        Set.of("now", "currently", "presently", "nowadays", "present", "moment", "days", "past", "history", "future",
            "soon", "term", "weeks", "months", "years", "come"));
  }

  @Override
  public int tokensBeforeCue() {
    return 4;
  }

  @Override
  public boolean isVague() {
    return true;
  }

  @Override
  public Optional<DateInterval> resolve(MatchResult m, TemporalContext context) {
    if (m.group(1) != null) {
      return Optional.of(DateInterval.day(context.published()));
    }
    if (m.group(2) != null) {
      return Optional.of(DateInterval.onOrBefore(context.published()));
    }
    return Optional.empty();
  }

  @Override
  public Optional<String> timexValue(MatchResult m, TemporalContext context) {
    return Optional.of(m.group(1) != null ? TimexValues.PRESENT_REF
        : m.group(2) != null ? TimexValues.PAST_REF : TimexValues.FUTURE_REF);
  }
}
