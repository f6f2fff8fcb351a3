package io.newstimeline.timeline;

import io.newstimeline.avro.EventDate;
import java.time.LocalDate;

/**
 * The timeline's order: a string whose lexicographic order is the order of events by when they
 * happened, never by when they were reported. Stateless.
 *
 * <p>Layout: {@code <latest day>|<depth>|<earliest day>|<entry id>}.
 * <ol>
 *   <li><b>Latest day</b>: an entry sits at the latest day it can have happened (an open upper
 *       bound sorts last, as {@value #OPEN_END}).
 *   <li><b>Depth</b>: {@code 0}, or {@code 1} for an entry said to follow another event
 *       ({@code after} set). Among entries with the same latest day, followers come after every
 *       non-follower, so "the leaders exchanged letters following Mr Shoigu's visit" sorts after
 *       the visit when both are only known to be "on or before 30 August", whatever their ids and
 *       whatever the precision of the visit. The depth is stateless (it does not look the anchor
 *       up): a chain of followers with the same latest day is ordered after the non-followers,
 *       then by earliest day and id; and a follower whose latest day is earlier than its
 *       anchor's stays before it (the reports' dates are not tightened by the relation).
 *   <li><b>Earliest day</b>: the less precise entry (earlier or unknown first day, as
 *       {@value #OPEN_START}) comes first, so "a recent visit, on or before 30 August" precedes
 *       what happened on 30 August itself.
 *   <li><b>Entry id</b>: breaks the remaining ties, so no two entries ever share a key and the
 *       order is total.
 * </ol>
 * ISO days of years 0001–9999 compare correctly as strings. It is a {@link CompositeKey} whose
 * parts need no escaping (days, a digit, a hex entry id), so store keys append it as their last parts.
 */
public final class SortKey {

  static final String OPEN_START = "0000-01-01";
  static final String OPEN_END = "9999-12-31";

  private SortKey() {}

  /** The sort key of entry {@code entryId} dated {@code date}, following another event or not. */
  public static String of(EventDate date, boolean follows, String entryId) {
    return CompositeKey.of(day(date.getEnd(), OPEN_END), follows ? "1" : "0", day(date.getStart(), OPEN_START), entryId);
  }

  private static String day(LocalDate day, String open) {
    return day == null ? open : day.toString();
  }
}
