package io.newstimeline.article.time;

import java.time.MonthDay;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A country's national day ("on North Korea's national day", "the national day of Russia"): a
 * fixed day of the year looked up in the gazetteer, the latest on or before publication for a past
 * clause, the next one for a future clause.
 */
final class NationalDayRule extends CalendarRule {

  private final Map<String, MonthDay> days;

  NationalDayRule(Map<String, MonthDay> days) {
    super("national-day", regex(days.keySet()), Set.of("national"));
    this.days = Map.copyOf(days);
  }

  private static String regex(Set<String> names) {
    if (names.isEmpty()) {
      return "(?!)";
    }
    String alternation = names.stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .map(Pattern::quote)
        .collect(Collectors.joining("|"));
    return "\\b(?:on\\s+)?(?:the\\s+)?(?:(" + alternation + ")'s\\s+national\\s+day|national\\s+day\\s+of\\s+(?:the\\s+)?("
        + alternation + "))\\b";
  }

  @Override
  public Optional<DateInterval> resolve(MatchResult m, TemporalContext context) {
    String name = m.group(1) != null ? m.group(1) : m.group(2);
    MonthDay day = days.get(name);
    return Optional.of(DateInterval.day(Calendars.occurrence(day, context.published(), context.tense())));
  }
}
