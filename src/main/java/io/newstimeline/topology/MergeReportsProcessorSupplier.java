package io.newstimeline.topology;

import io.newstimeline.avro.NewsEvent;
import io.newstimeline.avro.TimelineEntry;
import io.newstimeline.avro.TimelineRevision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import io.newstimeline.timeline.ChangeReason;
import io.newstimeline.timeline.EntryIdentity;
import io.newstimeline.timeline.EntryMerger;
import io.newstimeline.timeline.MatchInterval;
import io.newstimeline.timeline.ReportClustering;
import io.newstimeline.timeline.TimelineModel;
import io.newstimeline.timeline.CompositeKey;
import io.newstimeline.topology.store.StateStoreKind;
import io.newstimeline.topology.store.StoreNames;
import io.newstimeline.topology.store.StoredReport;

/**
 * Clusters the reports of each thread into timeline entries and returns a revision (before and
 * after) for every entry a report changes; keeps state: the live reports of each thread ordered
 * by match interval, the entries, their revision counters and the event-time order of the whole
 * timeline. Input key: thread id; output key: entry id.
 *
 * <p>For each report it reads one window of its thread (see {@link ReportClustering#window}):
 * the reports whose match interval lies within 2 × 365 days of the report's match interval
 * (before and after a correction), clusters that window with {@link ReportClustering} before and
 * after the change, and rewrites exactly the entries whose reports differ. The clustering needs
 * only match intervals, which the store keys hold, so the window is clustered on its keys and only
 * the reports of changed entries are decoded ({@link StoredReport}). Work per report is
 * therefore one range scan and an O(n log n) clustering of the n keys of <em>one thread</em>
 * (same type, same actors) dated within about five years around it, plus one read and write
 * per changed entry; it does not grow with the length of the timeline or of the thread's history
 * outside that window. Because the window is closed downwards, the result equals
 * {@link TimelineModel#entries} over the whole set of live reports.
 *
 * <p>An entry whose content does not change (for instance a correction of a field the entry does
 * not show) gets no revision; an exact re-send of a report changes nothing at all.
 */
final class MergeReportsProcessorSupplier implements ProcessorSupplier<String, NewsEvent, String, TimelineRevision> {

  private static final LocalDate FIRST_KEY_DAY = LocalDate.of(0, 1, 1);
  private static final LocalDate LAST_KEY_DAY = LocalDate.of(9999, 12, 31);

  private final TimelineSerdes serdes;
  private final StateStoreKind storeKind;

  MergeReportsProcessorSupplier(TimelineSerdes serdes, StateStoreKind storeKind) {
    this.serdes = serdes;
    this.storeKind = storeKind;
  }

  @Override
  public Processor<String, NewsEvent, String, TimelineRevision> get() {
    return new MergeReports();
  }

  @Override
  public Set<StoreBuilder<?>> stores() {
    Serde<String> strings = Serdes.String();
    return Set.of(
        storeKind.store(StoreNames.THREAD_REPORTS, strings, StoredReport.serde(serdes.state().event())),
        storeKind.store(StoreNames.REPORT_KEYS, strings, strings),
        storeKind.store(StoreNames.ENTRIES, strings, serdes.state().entry()),
        storeKind.store(StoreNames.ENTRY_REVISIONS, strings, Serdes.Integer()),
        storeKind.store(StoreNames.TIMELINE_ORDER, strings, strings));
  }

  /** The key of {@code report} in {@link StoreNames#THREAD_REPORTS}: {@code <thread>|<match end>|<match start>|<event id>}. */
  static String reportKey(String threadId, NewsEvent report) {
    return ReportKey.of(threadId, report).key();
  }

  /** What the incoming report did, to name the reason of each change. */
  private record Cause(String eventId, boolean wasLive, boolean isLive, boolean correction) {

    /** The reason for an entry the report itself joined, left or changed in. */
    ChangeReason own(boolean inEntryNow, boolean entryExisted) {
      if (!inEntryNow) {
        return correction || isLive ? ChangeReason.CORRECTED : ChangeReason.RETRACTED;
      }
      if (wasLive || correction) {
        return ChangeReason.CORRECTED;
      }
      return entryExisted ? ChangeReason.CORROBORATED : ChangeReason.NEW_REPORT;
    }
  }

  /**
   * A key of {@link StoreNames#THREAD_REPORTS}, read: the report's match interval and event id.
   *
   * @param key the store key
   * @param match the report's match interval
   * @param eventId the report's event id
   */
  record ReportKey(String key, MatchInterval match, String eventId) {

    /** The key of {@code report} in thread {@code threadId}. */
    static ReportKey of(String threadId, NewsEvent report) {
      MatchInterval match = MatchInterval.of(report.getDate());
      String key = CompositeKey.of(threadId, String.valueOf(match.end()), String.valueOf(match.start()), report.getId());
      return new ReportKey(key, match, report.getId());
    }

    /** Reads {@code key}, a key of thread {@code threadId} written by {@link #reportKey}. */
    static ReportKey parse(String threadId, String key) {
      List<String> parts = CompositeKey.parts(key);
      if (parts.size() != 4 || !parts.get(0).equals(threadId)) {
        throw new IllegalArgumentException("Not a report key of thread " + threadId + ": " + key);
      }
      MatchInterval match = new MatchInterval(day(parts.get(2)), day(parts.get(1)));
      return new ReportKey(key, match, parts.get(3));
    }

    /** The ISO day {@code text}; the common yyyy-MM-dd without a parser. */
    private static LocalDate day(String text) {
      if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
        return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
      }
      return LocalDate.parse(text);
    }

    private static int digits(String text, int from, int to) {
      int value = 0;
      for (int i = from; i < to; i++) {
        int digit = text.charAt(i) - '0';
        if (digit < 0 || digit > 9) {
          throw new IllegalArgumentException("Not a day in a report key: " + text);
        }
        value = value * 10 + digit;
      }
      return value;
    }
  }

  /** A report of a window: its key, read once, and the report, decoded only if asked for. */
  private record Windowed(ReportKey key, StoredReport stored) {}

  private static final class MergeReports implements Processor<String, NewsEvent, String, TimelineRevision> {

    private ProcessorContext<String, TimelineRevision> context;
    private KeyValueStore<String, StoredReport> reports;
    private KeyValueStore<String, String> reportKeys;
    private KeyValueStore<String, TimelineEntry> entries;
    private KeyValueStore<String, Integer> removedRevisions;
    private KeyValueStore<String, String> order;

    @Override
    public void init(ProcessorContext<String, TimelineRevision> context) {
      this.context = context;
      this.reports = context.getStateStore(StoreNames.THREAD_REPORTS);
      this.reportKeys = context.getStateStore(StoreNames.REPORT_KEYS);
      this.entries = context.getStateStore(StoreNames.ENTRIES);
      this.removedRevisions = context.getStateStore(StoreNames.ENTRY_REVISIONS);
      this.order = context.getStateStore(StoreNames.TIMELINE_ORDER);
    }

    @Override
    public void process(Record<String, NewsEvent> record) {
      String threadId = record.key();
      NewsEvent report = record.value();
      boolean correction = record.headers().lastHeader(ChangeReason.CORRECTION_HEADER) != null;
      String oldKey = reportKeys.get(report.getId());
      StoredReport stored = oldKey == null ? null : reports.get(oldKey);
      NewsEvent old = stored == null ? null : stored.report();
      NewsEvent current = report.getRetracted() ? null : report;
      if (current == null ? old == null : current.equals(old)) {
        return; // a retraction of nothing, or the same report sent again
      }

      TreeMap<String, Windowed> before = window(threadId, old, current);
      TreeMap<String, Windowed> after = new TreeMap<>(before);
      ReportKey currentKey = current == null ? null : ReportKey.of(threadId, current);
      String newKey = currentKey == null ? null : currentKey.key();
      if (oldKey != null) {
        after.remove(oldKey);
        reports.delete(oldKey);
      }
      if (current != null) {
        StoredReport now = StoredReport.of(current);
        after.put(newKey, new Windowed(currentKey, now));
        reports.put(newKey, now);
        reportKeys.put(report.getId(), newKey);
      } else {
        reportKeys.delete(report.getId());
      }

      // Clustered on the keys alone: only the members of entries that change are decoded.
      SortedMap<MatchInterval, List<ReportKey>> oldClusters = clusterKeys(before.values());
      SortedMap<MatchInterval, List<ReportKey>> newClusters = clusterKeys(after.values());
      Map<String, MatchInterval> oldRoots = rootsByEvent(oldClusters);
      Cause cause = new Cause(report.getId(), old != null, current != null, correction);
      Headers headers = new RecordHeaders(record.headers().toArray());
      headers.remove(ChangeReason.CORRECTION_HEADER);

      TreeSet<MatchInterval> roots = new TreeSet<>(oldClusters.keySet());
      roots.addAll(newClusters.keySet());
      // A correction that kept the report's key changes its entry's content, not its keys.
      String rewrittenInPlace = newKey != null && newKey.equals(oldKey) ? newKey : null;
      for (MatchInterval root : roots) {
        List<ReportKey> was = oldClusters.getOrDefault(root, List.of());
        List<ReportKey> is = newClusters.getOrDefault(root, List.of());
        if (!was.equals(is) || holds(is, rewrittenInPlace)) {
          ChangeReason reason = reason(root, was, is, oldRoots, cause);
          rewrite(record.withHeaders(headers), EntryIdentity.entryId(threadId, root), members(is, after), reason,
              report.getId());
        }
      }
    }

    /**
     * The live reports of {@code threadId} whose match intervals lie in the window of the old
     * and of the new version of the incoming report, by store key; not decoded.
     */
    private TreeMap<String, Windowed> window(String threadId, NewsEvent old, NewsEvent current) {
      // One scan per distinct window: a correction that keeps the report's date has one.
      Set<MatchInterval.Window> windows = new LinkedHashSet<>(2);
      for (NewsEvent version : new NewsEvent[] {old, current}) {
        if (version != null) {
          windows.add(ReportClustering.window(MatchInterval.of(version.getDate())));
        }
      }
      TreeMap<String, Windowed> found = new TreeMap<>();
      for (MatchInterval.Window window : windows) {
        // From the first key of the window's first day to past every key of its last day.
        String from = CompositeKey.of(threadId, keyDay(window.from()));
        String to = CompositeKey.pastExtending(CompositeKey.of(threadId, keyDay(window.to())));
        try (KeyValueIterator<String, StoredReport> it = reports.range(from, to)) {
          while (it.hasNext()) {
            KeyValue<String, StoredReport> kv = it.next();
            ReportKey key = ReportKey.parse(threadId, kv.key);
            if (window.contains(key.match())) {
              found.put(kv.key, new Windowed(key, kv.value));
            }
          }
        }
      }
      return found;
    }

    private static SortedMap<MatchInterval, List<ReportKey>> clusterKeys(Collection<Windowed> reports) {
      List<ReportKey> keys = new ArrayList<>(reports.size());
      reports.forEach(report -> keys.add(report.key()));
      return ReportClustering.cluster(keys, ReportKey::match);
    }

    private static boolean holds(List<ReportKey> members, String key) {
      return key != null && members.stream().anyMatch(member -> member.key().equals(key));
    }

    /** The reports of {@code keys}, decoded, by event id (the order {@link EntryMerger} is given). */
    private static List<NewsEvent> members(List<ReportKey> keys, Map<String, Windowed> reports) {
      List<NewsEvent> members = new ArrayList<>(keys.size());
      keys.forEach(key -> members.add(reports.get(key.key()).stored().report()));
      members.sort(ReportClustering.BY_EVENT_ID);
      return members;
    }

    private static String keyDay(LocalDate day) {
      return (day.isBefore(FIRST_KEY_DAY) ? FIRST_KEY_DAY : day.isAfter(LAST_KEY_DAY) ? LAST_KEY_DAY : day).toString();
    }

    private static Map<String, MatchInterval> rootsByEvent(SortedMap<MatchInterval, List<ReportKey>> clusters) {
      Map<String, MatchInterval> roots = new HashMap<>();
      clusters.forEach((root, members) -> members.forEach(member -> roots.put(member.eventId(), root)));
      return roots;
    }

    /**
     * Why the entry with {@code root} went from reports {@code was} to {@code is}:
     * <ul>
     *   <li>it gained reports (other than the cause) from other entries: MERGED when it now holds
     *       reports from two or more origins (other entries, its own earlier reports, the cause),
     *       SPLIT when they all came from one other entry;
     *   <li>otherwise, when the cause joined, changed in or left it: the cause's own reason;
     *   <li>otherwise it lost reports to other entries: MERGED when none remain (it disappeared
     *       into them), SPLIT when some remain.
     * </ul>
     */
    private static ChangeReason reason(MatchInterval root, List<ReportKey> was, List<ReportKey> is,
        Map<String, MatchInterval> oldRoots, Cause cause) {
      Set<String> wasIds = new HashSet<>();
      was.forEach(r -> wasIds.add(r.eventId()));
      Set<Object> origins = new HashSet<>();
      boolean gained = false;
      boolean causeIn = false;
      for (ReportKey member : is) {
        if (member.eventId().equals(cause.eventId())) {
          causeIn = true;
          origins.add(cause);
        } else if (wasIds.contains(member.eventId())) {
          origins.add(root);
        } else {
          gained = true;
          origins.add(oldRoots.get(member.eventId()));
        }
      }
      if (gained) {
        return origins.size() >= 2 ? ChangeReason.MERGED : ChangeReason.SPLIT;
      }
      if (causeIn || wasIds.contains(cause.eventId())) {
        boolean othersBefore = was.stream().anyMatch(r -> !r.eventId().equals(cause.eventId()));
        return cause.own(causeIn, othersBefore);
      }
      return is.isEmpty() ? ChangeReason.MERGED : ChangeReason.SPLIT;
    }

    /** Writes entry {@code entryId} made of {@code members} (none: a tombstone), if a reader would see a change. */
    private void rewrite(Record<String, NewsEvent> record, String entryId, List<NewsEvent> members, ChangeReason reason,
        String causeEventId) {
      TimelineEntry before = entries.get(entryId);
      TimelineEntry after = members.isEmpty() ? null
          : EntryMerger.merge(entryId, members, before == null ? 0 : before.getRevision());
      if (before == null ? after == null : before.equals(after)) {
        return;
      }
      int revision = (before != null ? before.getRevision() : removedRevision(entryId)) + 1;
      boolean moved = before == null || after == null || !before.getSortKey().equals(after.getSortKey());
      if (before != null && moved) {
        order.delete(before.getSortKey());
      }
      if (after != null) {
        after.setRevision(revision); // a fresh record of EntryMerger, not shared
        entries.put(entryId, after);
        if (moved) {
          order.put(after.getSortKey(), entryId);
        }
      } else {
        entries.delete(entryId);
        removedRevisions.put(entryId, revision); // a revived entry continues counting
      }
      TimelineRevision change = TimelineRevision.newBuilder()
          .setEntryId(entryId)
          .setRevision(revision)
          .setReason(reason.name())
          .setCauseEventId(causeEventId)
          .setBefore(before)
          .setAfter(after)
          .build();
      context.forward(new Record<>(entryId, change, record.timestamp(), record.headers()));
    }

    /** The last revision of {@code entryId} if it was removed, else 0. */
    private int removedRevision(String entryId) {
      Integer last = removedRevisions.get(entryId);
      return last == null ? 0 : last;
    }
  }
}
