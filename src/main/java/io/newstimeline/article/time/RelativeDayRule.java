package io.newstimeline.article.time;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;

/** Days named relative to publication: "today", "earlier in the day", "yesterday", "last night", "tomorrow", "overnight". */
final class RelativeDayRule extends CalendarRule {

  RelativeDayRule() {
    super("relative-day", "\\b(today|tonight|this (?:morning|afternoon|evening)|(?:earlier|later) today"
        + "|(?:earlier|later) in the day|the day before yesterday|the day after tomorrow"
        + "|yesterday(?:\\s+(?:morning|afternoon|evening))?|last night|tomorrow(?:\\s+(?:morning|afternoon|evening|night))?"
        + "|overnight)\\b", Set.of("today", "tonight", "this", "day", "yesterday", "night", "tomorrow", "overnight"));
  }

  @Override
  public Optional<DateInterval> resolve(MatchResult m, TemporalContext context) {
    String words = m.group(1);
    LocalDate published = context.published();
    if (words.startsWith("the day before")) {
      return Optional.of(DateInterval.day(published.minusDays(2)));
    }
    if (words.startsWith("the day after")) {
      return Optional.of(DateInterval.day(published.plusDays(2)));
    }
    if (words.startsWith("yesterday") || words.equals("last night")) {
      return Optional.of(DateInterval.day(published.minusDays(1)));
    }
    if (words.startsWith("tomorrow")) {
      return Optional.of(DateInterval.day(published.plusDays(1)));
    }
    if (words.equals("overnight")) {
      return Optional.of(DateInterval.range(published.minusDays(1), published));
    }
    return Optional.of(DateInterval.day(published));
  }
}
