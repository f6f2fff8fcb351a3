package io.newstimeline.article.time;

import io.newstimeline.avro.DatePrecision;
import io.newstimeline.avro.EventDate;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

/**
 * An inclusive interval of days with its precision, the value every temporal rule resolves to;
 * {@code null} bounds are unknown, never guessed.
 */
public record DateInterval(LocalDate start, LocalDate end, DatePrecision precision) {

  /** Returns the single day {@code day}. */
  public static DateInterval day(LocalDate day) {
    return new DateInterval(day, day, DatePrecision.DAY);
  }

  /** Returns the calendar month {@code month}. */
  public static DateInterval month(YearMonth month) {
    return new DateInterval(month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH);
  }

  /** Returns quarter {@code quarter} (1 to 4) of {@code year}. */
  public static DateInterval quarter(int year, int quarter) {
    YearMonth first = YearMonth.of(year, quarter * 3 - 2);
    return new DateInterval(first.atDay(1), first.plusMonths(2).atEndOfMonth(), DatePrecision.QUARTER);
  }

  /** Returns the calendar year {@code year}. */
  public static DateInterval year(int year) {
    return new DateInterval(Year.of(year).atDay(1), Year.of(year).atMonth(12).atEndOfMonth(), DatePrecision.YEAR);
  }

  /** Returns the days {@code start} to {@code end}; a one-day range is a DAY, an open start is ON_OR_BEFORE. */
  public static DateInterval range(LocalDate start, LocalDate end) {
    if (start != null && end != null && end.isBefore(start)) {
      return range(end, start);
    }
    if (start != null && start.equals(end)) {
      return day(start);
    }
    if (start == null && end != null) {
      return onOrBefore(end);
    }
    return new DateInterval(start, end, DatePrecision.RANGE);
  }

  /** Returns "at some time up to and including {@code end}". */
  public static DateInterval onOrBefore(LocalDate end) {
    return new DateInterval(null, end, DatePrecision.ON_OR_BEFORE);
  }

  /** Returns this interval shifted by {@code days} days (open bounds stay open). */
  public DateInterval plusDays(long days) {
    return new DateInterval(start == null ? null : start.plusDays(days), end == null ? null : end.plusDays(days), precision);
  }

  /** Returns this interval as the contract's {@link EventDate}, with the words that fixed it. */
  public EventDate toEventDate(String expression) {
    return new EventDate(start, end, precision, expression);
  }

  /** Returns the interval of {@code date}. */
  public static DateInterval of(EventDate date) {
    return new DateInterval(date.getStart(), date.getEnd(), date.getPrecision());
  }
}
