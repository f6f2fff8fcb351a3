package io.newstimeline.audit;

import io.newstimeline.avro.NewsEvent;
import io.newstimeline.avro.TimelineEntry;
import io.newstimeline.topology.TimelineModel;
import java.time.Instant;
import java.util.List;

/**
 * Rebuilds the timeline as the newsroom knew it at an instant, offline, from the reports on
 * {@code news.events}: only reports whose knowledge time ({@code reportedAt}, the publication time
 * of their article) is at or before that instant count. Uses {@link TimelineModel}, the same
 * identity and merge rules as the topology, so "as of now" equals the live timeline (revision
 * counters aside: offline entries carry revision {@value TimelineModel#OFFLINE_REVISION}).
 */
public final class AsOfTimeline {

  private AsOfTimeline() {}

  /**
   * Returns the timeline entries, in timeline order, that {@code reports} (in log order: later
   * versions of an event id replace earlier ones, a retraction removes it; unreadable (null) and
   * invalid records are skipped) give as of {@code asOf}.
   */
  public static List<TimelineEntry> build(List<NewsEvent> reports, Instant asOf) {
    return TimelineModel.asOf(reports, asOf);
  }
}
