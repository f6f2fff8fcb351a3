package io.newstimeline.audit;

import io.newstimeline.avro.NewsEvent;
import io.newstimeline.avro.TimelineEntry;
import io.newstimeline.topology.EntryIdentity;
import io.newstimeline.topology.EntryMerger;
import io.newstimeline.topology.EventValidator;
import io.newstimeline.topology.InvalidEventException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds the timeline as the newsroom knew it at an instant, offline, from the reports on
 * {@code news.events}: only reports whose knowledge time ({@code reportedAt}, the publication time
 * of their article) is at or before that instant count. Uses the same identity and merge rules as
 * the topology, so "as of now" equals the live timeline.
 */
public final class AsOfTimeline {

  private AsOfTimeline() {}

  private static boolean valid(NewsEvent report) {
    try {
      EventValidator.validate(report.getId(), report);
      return true;
    } catch (InvalidEventException e) {
      return false;
    }
  }

  /**
   * Returns the timeline entries, in timeline order, that {@code reports} (in log order: later
   * versions of an event id replace earlier ones, a retraction removes it) give as of {@code asOf}.
   */
  public static List<TimelineEntry> build(List<NewsEvent> reports, Instant asOf) {
    Map<String, NewsEvent> known = new LinkedHashMap<>();
    Map<String, String> entryOfEvent = new HashMap<>();
    Map<String, Integer> revisions = new HashMap<>();
    for (NewsEvent report : reports) {
      if (report == null || report.getReportedAt().isAfter(asOf) || !valid(report)) {
        continue; // unreadable or invalid reports are dead letters, never on the timeline
      }
      NewsEvent previous = known.get(report.getId());
      String previousEntry = entryOfEvent.get(report.getId());
      if (report.getRetracted()) {
        if (previous != null) {
          known.remove(report.getId());
          entryOfEvent.remove(report.getId());
          revisions.merge(previousEntry, 1, Integer::sum);
        }
        continue;
      }
      if (report.equals(previous)) {
        continue;
      }
      String entryId = EntryIdentity.entryId(report);
      if (previousEntry != null && !previousEntry.equals(entryId)) {
        revisions.merge(previousEntry, 1, Integer::sum);
      }
      known.put(report.getId(), report);
      entryOfEvent.put(report.getId(), entryId);
      revisions.merge(entryId, 1, Integer::sum);
    }
    Map<String, List<NewsEvent>> byEntry = new LinkedHashMap<>();
    known.values().forEach(r -> byEntry.computeIfAbsent(entryOfEvent.get(r.getId()), k -> new ArrayList<>()).add(r));
    List<TimelineEntry> entries = new ArrayList<>();
    byEntry.forEach((entryId, entryReports) -> entries.add(EntryMerger.merge(entryId, entryReports, revisions.get(entryId))));
    entries.sort(Comparator.comparing(TimelineEntry::getSortKey));
    return entries;
  }
}
