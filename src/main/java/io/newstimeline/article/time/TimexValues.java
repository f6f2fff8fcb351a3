package io.newstimeline.article.time;

import io.newstimeline.avro.DatePrecision;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Optional;

/**
 * TIMEX3 values (ISO 8601 as TimeML writes them) of resolved intervals: {@code 2013-03-22},
 * {@code 2013-W11}, {@code 2013-W11-WE}, {@code 2013-03}, {@code 2013-Q1}, {@code 2013-H1},
 * {@code 2013-SU}, {@code 2013}, and the vague {@code PAST_REF}, {@code PRESENT_REF},
 * {@code FUTURE_REF}.
 */
public final class TimexValues {

  /** A time before the reference time, without a calendar value ("recently"). */
  public static final String PAST_REF = "PAST_REF";
  /** The reference time itself, without a calendar value ("now", "currently"). */
  public static final String PRESENT_REF = "PRESENT_REF";
  /** A time after the reference time, without a calendar value ("in the future"). */
  public static final String FUTURE_REF = "FUTURE_REF";

  private TimexValues() {
  }

  /**
   * The value of the smallest calendar unit that holds all of {@code interval}: a day, an ISO week
   * (a weekend when it is just Saturday and Sunday), a month, then a quarter, half-year or season only
   * when the interval is exactly one, else a year. Empty for an open bound or an interval across years.
   */
  public static Optional<String> of(DateInterval interval) {
    LocalDate start = interval.start();
    LocalDate end = interval.end();
    if (start == null || end == null) {
      return Optional.empty();
    }
    if (start.equals(end)) {
      return Optional.of(day(start));
    }
    if (sameWeek(start, end)) {
      boolean weekend = start.getDayOfWeek() == DayOfWeek.SATURDAY && end.getDayOfWeek() == DayOfWeek.SUNDAY;
      return Optional.of(week(start) + (weekend ? "-WE" : ""));
    }
    if (start.getYear() == end.getYear() && start.getMonth() == end.getMonth()) {
      return Optional.of(month(start));
    }
    boolean wholeMonths = start.getDayOfMonth() == 1 && end.equals(end.withDayOfMonth(end.lengthOfMonth()));
    int months = (end.getYear() - start.getYear()) * 12 + end.getMonthValue() - start.getMonthValue() + 1;
    if (wholeMonths && months == 3) {
      // Three whole months: a quarter when resolved as one, a season when they start one, else a quarter.
      String season = season(start.getMonthValue());
      if (interval.precision() != DatePrecision.QUARTER && season != null) {
        return Optional.of(start.getYear() + "-" + season);
      }
      if ((start.getMonthValue() - 1) % 3 == 0) {
        return Optional.of(start.getYear() + "-Q" + ((start.getMonthValue() + 2) / 3));
      }
    }
    if (start.getYear() != end.getYear()) {
      return Optional.empty();
    }
    if (wholeMonths && months == 6 && (start.getMonthValue() == 1 || start.getMonthValue() == 7)) {
      return Optional.of(start.getYear() + "-H" + (start.getMonthValue() == 1 ? 1 : 2));
    }
    return Optional.of(String.valueOf(start.getYear()));
  }

  /** {@code 2013-03-22}. */
  public static String day(LocalDate date) {
    return date.toString();
  }

  /** {@code 2013-W11}, the ISO week of {@code date}. */
  public static String week(LocalDate date) {
    return String.format(Locale.ROOT, "%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
        date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** {@code 2013-03}, the month of {@code date}. */
  public static String month(LocalDate date) {
    return String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
  }

  /** {@code 2013}, the year of {@code date}. */
  public static String year(LocalDate date) {
    return String.format(Locale.ROOT, "%04d", date.getYear());
  }

  /** The season code of meteorological seasons starting in {@code firstMonth}, or null. */
  private static String season(int firstMonth) {
    return switch (firstMonth) {
      case 3 -> "SP";
      case 6 -> "SU";
      case 9 -> "FA";
      case 12 -> "WI";
      default -> null;
    };
  }

  private static boolean sameWeek(LocalDate start, LocalDate end) {
    return end.toEpochDay() - start.toEpochDay() < 7 && week(start).equals(week(end));
  }
}
