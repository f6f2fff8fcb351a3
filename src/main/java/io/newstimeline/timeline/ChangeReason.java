package io.newstimeline.timeline;

/**
 * Why a timeline entry changed: the {@code reason} of a {@code TimelineRevision}. Each revision
 * is caused by one report (its {@code causeEventId}); the reason says what that report did to
 * this entry.
 */
public enum ChangeReason {

  /** The report created the entry on its own. */
  NEW_REPORT,
  /** The report joined an existing entry (another source for the same event). */
  CORROBORATED,
  /** A new version of a report already on the timeline changed the entry, or moved out of or into it. */
  CORRECTED,
  /** The report was retracted and left the entry; the last source retracted removes the entry. */
  RETRACTED,
  /**
   * Reports of different entries became one entry: the entry that now holds them, and each entry
   * that disappeared into it (tombstone), e.g. a dated report arriving inside an "on or before"
   * entry.
   */
  MERGED,
  /**
   * Reports of one entry went apart: the entry left with fewer reports, and each entry made only
   * of reports that came from one other entry, e.g. when the dated report that held an "on or
   * before" report is retracted.
   */
  SPLIT;

  /**
   * Header that {@code route-reports} puts on both records of a correction that moved a report
   * to another thread (its withdrawal from the old one and its new version), so that both
   * changes read {@link #CORRECTED} rather than {@link #RETRACTED} and {@link #NEW_REPORT}.
   */
  public static final String CORRECTION_HEADER = "news-timeline.correction";
}
