package io.newstimeline.timeline;

import io.newstimeline.avro.NewsEvent;
import io.newstimeline.avro.TimelineEntry;
import io.newstimeline.schema.AvroRuntime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The timeline as a pure function of reports, outside Kafka Streams: what the topology's
 * {@code news.timeline} holds once it has processed the same reports, entry for entry, with the
 * same ids, sort keys, dates, sources and corroboration. Stateless; used for audits ("the timeline
 * as known at T") and to check the topology.
 *
 * <p>The one field it cannot know is {@code revision}: the topology counts the changes an entry
 * went through, which depends on the order reports arrived in, not on the set. Entries built here
 * carry revision 0.
 */
public final class TimelineModel {

  /** The revision of entries built offline, where no history is known. */
  public static final int OFFLINE_REVISION = 0;

  static {
    AvroRuntime.install(); // offline callers may never create a serde; records must still compare and copy
  }

  private TimelineModel() {}

  /**
   * Returns the timeline entries of {@code liveReports} (valid, not retracted, one per event id),
   * in timeline order (by sort key), each at revision {@value #OFFLINE_REVISION}.
   */
  public static List<TimelineEntry> entries(Collection<NewsEvent> liveReports) {
    List<TimelineEntry> entries = new ArrayList<>();
    for (ReportClustering.Cluster cluster : ReportClustering.clusters(liveReports)) {
      entries.add(EntryMerger.merge(cluster.entryId(), cluster.reports(), OFFLINE_REVISION));
    }
    entries.sort(Comparator.comparing(TimelineEntry::getSortKey));
    return entries;
  }

  /**
   * Returns the reports live after {@code log} (records of {@code news.events} in log order, at
   * least per event id, as Kafka keeps them): the last version of each event id, unless that is a
   * retraction; records that are null or fail {@link EventValidator} are skipped, as the topology
   * sends them to the dead letters. Ordered by event id.
   */
  public static List<NewsEvent> liveReports(Iterable<NewsEvent> log) {
    Map<String, NewsEvent> live = new TreeMap<>();
    for (NewsEvent report : log) {
      if (!valid(report)) {
        continue;
      }
      if (report.getRetracted()) {
        live.remove(report.getId());
      } else {
        live.put(report.getId(), report);
      }
    }
    return List.copyOf(live.values());
  }

  /**
   * Returns the timeline as the newsroom knew it at {@code knowledgeTime}: the {@link #entries} of
   * the {@link #liveReports} of those records of {@code log} whose knowledge time
   * ({@code reportedAt}, the publication time of their article) is at or before it.
   */
  public static List<TimelineEntry> asOf(Iterable<NewsEvent> log, Instant knowledgeTime) {
    List<NewsEvent> known = new ArrayList<>();
    for (NewsEvent report : log) {
      if (report != null && !report.getReportedAt().isAfter(knowledgeTime)) {
        known.add(report);
      }
    }
    return entries(liveReports(known));
  }

  private static boolean valid(NewsEvent report) {
    try {
      EventValidator.validate(report == null ? null : report.getId(), report);
      return true;
    } catch (InvalidEventException e) {
      return false;
    }
  }
}
