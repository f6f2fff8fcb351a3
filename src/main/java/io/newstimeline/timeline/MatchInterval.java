package io.newstimeline.timeline;

import io.newstimeline.avro.EventDate;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The days a report is matched on when deciding which reports are the same event: always
 * bounded, at most {@value #MAX_DAYS} days long. A value; stateless.
 *
 * <p>A report dated by an interval of at most {@value #MAX_DAYS} days (a day, month, quarter,
 * year or short range) is matched on exactly that interval. A report with an open bound, or one
 * spanning more than {@value #MAX_DAYS} days, is matched on the {@value #MAX_DAYS} days ending at
 * its upper bound (or, with no upper bound, starting at its lower bound): "on or before 30 August
 * 2023" can be the same event as anything reported between 30 August 2022 and 30 August 2023, not
 * as something from five years earlier. The horizon is what keeps the work per report bounded;
 * the entry's own date is never clamped (see {@link EntryMerger#tightestDate}).
 *
 * <p>Intervals order by end day, then start day. ISO days of years 0001–9999 compare correctly as
 * strings, which the store keys rely on.
 *
 * @param start first day, inclusive
 * @param end last day, inclusive, not before {@code start}
 */
public record MatchInterval(LocalDate start, LocalDate end) implements Comparable<MatchInterval> {

  /** The longest interval a report is matched on, in days (a leap year). */
  public static final int MAX_DAYS = 366;

  /** {@link #MAX_DAYS} − 1: how far the last day of a match interval can be from its first. */
  static final int MAX_SPAN = MAX_DAYS - 1;

  public MatchInterval {
    if (start == null || end == null || start.isAfter(end)) {
      throw new IllegalArgumentException("A match interval needs start <= end: " + start + ".." + end);
    }
    if (ChronoUnit.DAYS.between(start, end) > MAX_SPAN) {
      throw new IllegalArgumentException("A match interval spans at most " + MAX_DAYS + " days: " + start + ".." + end);
    }
  }

  /** The interval a report dated {@code date} (with at least one bound) is matched on. */
  public static MatchInterval of(EventDate date) {
    LocalDate start = date.getStart();
    LocalDate end = date.getEnd();
    if (end == null && start == null) {
      throw new IllegalArgumentException("A date needs at least one bound");
    }
    if (end == null) {
      return new MatchInterval(start, start.plusDays(MAX_SPAN));
    }
    if (start == null || ChronoUnit.DAYS.between(start, end) > MAX_SPAN) {
      return new MatchInterval(end.minusDays(MAX_SPAN), end);
    }
    return new MatchInterval(start, end);
  }

  /** Whether every day of {@code other} is a day of this interval. */
  public boolean contains(MatchInterval other) {
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  /**
   * A span of days of any length, used to select the match intervals lying inside it.
   *
   * @param from first day, inclusive
   * @param to last day, inclusive
   */
  public record Window(LocalDate from, LocalDate to) {

    /** Whether every day of {@code interval} lies in this window. */
    public boolean contains(MatchInterval interval) {
      return !interval.start().isBefore(from) && !interval.end().isAfter(to);
    }
  }

  @Override
  public int compareTo(MatchInterval other) {
    int byEnd = end.compareTo(other.end);
    return byEnd != 0 ? byEnd : start.compareTo(other.start);
  }

  @Override
  public String toString() {
    return start + ".." + end;
  }
}
