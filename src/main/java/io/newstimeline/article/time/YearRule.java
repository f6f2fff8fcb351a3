package io.newstimeline.article.time;

import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;

/** A year after a preposition or modifier: "in 2019", "late 2022" (its last quarter), "early 2023". */
final class YearRule extends CalendarRule {

  YearRule() {
    super("year", "\\b((?:(?:in|during|by|until|from|of|before|after|throughout|early|mid|late|the end of"
        + "|the start of|the beginning of|the middle of)[\\s-]+){1,2})((?:19|20)\\d{2})\\b(?!\\s*-\\s*\\d)",
        Set.of("#year"));
  }

  @Override
  public int tokensBeforeCue() {
    return 4;
  }

  @Override
  public Optional<DateInterval> resolve(MatchResult m, TemporalContext context) {
    String prefix = m.group(1);
    String modifier = null;
    for (String word : new String[] {"early", "mid", "late", "end", "start", "beginning", "middle"}) {
      if (prefix.contains(word)) {
        modifier = word;
      }
    }
    return Optional.of(PartOfMonth.of(modifier).ofYear(Integer.parseInt(m.group(2))));
  }

  /** "late 2022" is 2022 (TimeML marks the part with a modifier, not in the value). */
  @Override
  public Optional<String> timexValue(MatchResult m, TemporalContext context) {
    return Optional.of(m.group(2));
  }
}
