package io.newstimeline.article.time;

import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;

/** Vague but bounded by publication: "recently", "during a recent visit", "in recent weeks", "lately". */
final class RecentRule extends CalendarRule {

  RecentRule() {
    super("recent", "\\b(?:in\\s+recent\\s+(?:days|weeks|months)|in\\s+the\\s+(?:past|last)\\s+few\\s+(?:days|weeks|months)"
        + "|recently|lately)\\b|\\b(?:(?:during|on|in|at)\\s+)?(?:(?:a|an|his|her|their|its|the)\\s+)?(?:most\\s+)?"
        + "recent\\s+[a-z]+", Set.of("recent", "recently", "lately", "few"));
  }

  @Override
  public int tokensBeforeCue() {
    return 3;
  }

  @Override
  public Optional<DateInterval> resolve(MatchResult m, TemporalContext context) {
    return Optional.of(DateInterval.onOrBefore(context.published()));
  }

  @Override
  public Optional<String> timexValue(MatchResult m, TemporalContext context) {
    return Optional.of(TimexValues.PAST_REF);
  }
}
