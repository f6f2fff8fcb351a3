package io.newstimeline.topology;

import io.newstimeline.avro.EventDate;
import java.time.LocalDate;

/**
 * The timeline's order: a string whose lexicographic order is the order of events by when they
 * happened, never by when they were reported.
 *
 * <p>Layout: {@code <latest day>|<earliest day>|<entry id>}. An entry sits at the latest day it
 * can have happened (an open upper bound sorts last); among entries with the same latest day, the
 * less precise one (earlier or unknown first day) comes first, so "a recent visit, on or before
 * 30 August" precedes what happened on 30 August itself; the entry id breaks the remaining ties, so
 * no two entries ever share a key. ISO dates of years 0000–9999 compare correctly as strings.
 */
public final class SortKey {

  static final String OPEN_START = "0000-01-01";
  static final String OPEN_END = "9999-12-31";
  private static final char SEPARATOR = '|';

  private SortKey() {}

  /** The sort key of an entry with {@code date} and id {@code entryId}. */
  public static String of(EventDate date, String entryId) {
    return day(date.getEnd(), OPEN_END) + SEPARATOR + day(date.getStart(), OPEN_START) + SEPARATOR + entryId;
  }

  private static String day(LocalDate day, String open) {
    return day == null ? open : day.toString();
  }
}
