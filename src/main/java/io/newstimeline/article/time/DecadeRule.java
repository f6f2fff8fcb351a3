package io.newstimeline.article.time;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;

/** A decade: "the 1990s", "2000s", "the '80s", "the 70s". */
final class DecadeRule extends CalendarRule {

  DecadeRule() {
    super("decade", "\\b(?:the\\s+)?((?:19|20)\\d)0'?s\\b|\\bthe\\s+'?(\\d)0'?s\\b", Set.of("#number"));
  }

  @Override
  public int tokensBeforeCue() {
    return 2;
  }

  @Override
  public Optional<DateInterval> resolve(MatchResult m, TemporalContext context) {
    int first = decadeStart(m);
    return Optional.of(DateInterval.range(LocalDate.of(first, 1, 1), LocalDate.of(first + 9, 12, 31)));
  }

  @Override
  public Optional<String> timexValue(MatchResult m, TemporalContext context) {
    return Optional.of(String.valueOf(decadeStart(m) / 10));
  }

  private static int decadeStart(MatchResult m) {
    // "the 80s" without its century, as people say it, is of the 1900s ("in their 20s" is an age, not matched).
    return m.group(1) != null ? Integer.parseInt(m.group(1)) * 10 : 1900 + Integer.parseInt(m.group(2)) * 10;
  }
}
