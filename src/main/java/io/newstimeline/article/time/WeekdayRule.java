package io.newstimeline.article.time;

import static io.newstimeline.article.time.Lexemes.WEEKDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.MatchResult;

/**
 * A weekday: "on Sunday night", "last Monday", "next Monday", "this Wednesday", "on Monday last
 * week". Past clauses take the latest such day on or before publication, future clauses the next
 * one from it on (the publication day itself when it is that weekday), others the nearest.
 */
final class WeekdayRule extends CalendarRule {

  WeekdayRule() {
    super("weekday", "\\b(?:(last|next|this|on|by|until|since|from|early on|late on|later on|earlier on)\\s+)?(" + WEEKDAY
        + ")(?:'s)?(?:\\s+(?:morning|afternoon|evening|night))?(?:\\s+(last|next)\\s+week)?\\b", Lexemes.WEEKDAY_WORDS);
  }

  @Override
  public int tokensBeforeCue() {
    return 2;
  }

  @Override
  public Optional<DateInterval> resolve(MatchResult m, TemporalContext context) {
    DayOfWeek day = Lexemes.weekday(m.group(2));
    LocalDate published = context.published();
    String modifier = m.group(1) == null ? "" : m.group(1);
    String week = m.group(3);
    LocalDate date;
    if (week != null) {
      LocalDate monday = Calendars.monday(published).plusWeeks(week.equals("last") ? -1 : 1);
      date = monday.plusDays(day.getValue() - 1L);
    } else if (modifier.equals("last")) {
      date = Calendars.before(published, day);
    } else if (modifier.equals("next")) {
      date = Calendars.after(published, day);
    } else if (context.tense() == Tense.FUTURE) {
      // "due back on Monday afternoon" in a Monday article is that day: a week ahead would be "next Monday".
      boolean today = published.getDayOfWeek() == day;
      date = today ? published : Calendars.after(published, day);
    } else if (context.isPast() || modifier.equals("earlier on")) {
      date = Calendars.onOrBefore(published, day);
    } else {
      date = Calendars.nearest(published, day);
    }
    return Optional.of(DateInterval.day(date));
  }
}
