package io.newstimeline.article.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;

/** Calendar arithmetic relative to a publication day. Weeks run Monday to Sunday. */
final class Calendars {

  private Calendars() {
  }

  /** The latest {@code day} on or before {@code date}. */
  static LocalDate onOrBefore(LocalDate date, DayOfWeek day) {
    return date.with(TemporalAdjusters.previousOrSame(day));
  }

  /** The latest {@code day} strictly before {@code date}. */
  static LocalDate before(LocalDate date, DayOfWeek day) {
    return date.with(TemporalAdjusters.previous(day));
  }

  /** The first {@code day} strictly after {@code date}. */
  static LocalDate after(LocalDate date, DayOfWeek day) {
    return date.with(TemporalAdjusters.next(day));
  }

  /** The {@code day} nearest to {@code date}; on a tie the earlier, as news mostly reports the past. */
  static LocalDate nearest(LocalDate date, DayOfWeek day) {
    LocalDate back = onOrBefore(date, day);
    LocalDate ahead = after(date, day);
    return date.toEpochDay() - back.toEpochDay() <= ahead.toEpochDay() - date.toEpochDay() ? back : ahead;
  }

  /** The Monday of {@code date}'s week. */
  static LocalDate monday(LocalDate date) {
    return onOrBefore(date, DayOfWeek.MONDAY);
  }

  /**
   * The year of a month named without one: the publication year, unless the tense says the month
   * lies on the other side of the publication month.
   */
  static int yearOf(Month month, LocalDate published, Tense tense) {
    int year = published.getYear();
    if (tense == Tense.PAST || tense == Tense.PERFECT) {
      return month.getValue() > published.getMonthValue() ? year - 1 : year;
    }
    if (tense == Tense.FUTURE) {
      return month.getValue() < published.getMonthValue() ? year + 1 : year;
    }
    // No tense to go by: the nearest such month, a year's half either side of publication.
    int ahead = month.getValue() - published.getMonthValue();
    return ahead > 6 ? year - 1 : ahead < -6 ? year + 1 : year;
  }

  /** The date of {@code monthDay} nearest the tense: the latest on or before publication for the past, else the next. */
  static LocalDate occurrence(MonthDay monthDay, LocalDate published, Tense tense) {
    LocalDate thisYear = monthDay.atYear(published.getYear());
    if (tense == Tense.FUTURE) {
      return thisYear.isBefore(published) ? monthDay.atYear(published.getYear() + 1) : thisYear;
    }
    if (tense == Tense.PAST || tense == Tense.PERFECT) {
      return thisYear.isAfter(published) ? monthDay.atYear(published.getYear() - 1) : thisYear;
    }
    // No tense to go by: the nearest occurrence, half a year either side of publication.
    if (thisYear.isAfter(published.plusMonths(6))) {
      return monthDay.atYear(published.getYear() - 1);
    }
    return thisYear.isBefore(published.minusMonths(6)) ? monthDay.atYear(published.getYear() + 1) : thisYear;
  }
}
