package io.newstimeline.topology;

import io.newstimeline.avro.NewsEvent;
import io.newstimeline.avro.TimelineEntry;
import io.newstimeline.avro.TimelineRevision;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Merges every report of one event into its timeline entry and returns a revision (before and
 * after) for each change; keeps state: the reports of each entry, the entries, their revision
 * counters and the event-time order of the whole timeline. Input and output key: entry id.
 *
 * <p>Per-report work is bounded by the number of reports of that one event (a prefix scan over
 * {@code <entryId>|}), never by the length of the timeline.
 */
final class MergeReportsProcessorSupplier implements ProcessorSupplier<String, NewsEvent, String, TimelineRevision> {

  private final TimelineSerdes serdes;

  MergeReportsProcessorSupplier(TimelineSerdes serdes) {
    this.serdes = serdes;
  }

  @Override
  public Processor<String, NewsEvent, String, TimelineRevision> get() {
    return new MergeReports();
  }

  @Override
  public Set<StoreBuilder<?>> stores() {
    Serde<String> strings = Serdes.String();
    return Set.of(
        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreNames.ENTRY_REPORTS), strings, serdes.event()),
        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreNames.ENTRIES), strings, serdes.entry()),
        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreNames.ENTRY_REVISIONS), strings, Serdes.Integer()),
        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreNames.TIMELINE_ORDER), strings, strings));
  }

  private static final class MergeReports implements Processor<String, NewsEvent, String, TimelineRevision> {

    private static final StringSerializer PREFIX_SERIALIZER = new StringSerializer();

    private ProcessorContext<String, TimelineRevision> context;
    private KeyValueStore<String, NewsEvent> reports;
    private KeyValueStore<String, TimelineEntry> entries;
    private KeyValueStore<String, Integer> revisions;
    private KeyValueStore<String, String> order;

    @Override
    public void init(ProcessorContext<String, TimelineRevision> context) {
      this.context = context;
      this.reports = context.getStateStore(StoreNames.ENTRY_REPORTS);
      this.entries = context.getStateStore(StoreNames.ENTRIES);
      this.revisions = context.getStateStore(StoreNames.ENTRY_REVISIONS);
      this.order = context.getStateStore(StoreNames.TIMELINE_ORDER);
    }

    @Override
    public void process(Record<String, NewsEvent> record) {
      String entryId = record.key();
      NewsEvent report = record.value();
      String reportKey = entryId + '|' + report.getId();
      NewsEvent previous = reports.get(reportKey);
      String reason;
      if (report.getRetracted()) {
        if (previous == null) {
          return;
        }
        reports.delete(reportKey);
        reason = "RETRACTED";
      } else if (report.equals(previous)) {
        return; // the same report sent again changes nothing
      } else {
        reports.put(reportKey, report);
        reason = previous != null ? "CORRECTED" : "NEW_REPORT";
      }

      TimelineEntry before = entries.get(entryId);
      int revision = nextRevision(entryId);
      List<NewsEvent> live = reportsOf(entryId);
      TimelineEntry after = live.isEmpty() ? null : EntryMerger.merge(entryId, live, revision);
      if (before != null && after != null && "NEW_REPORT".equals(reason)) {
        reason = "CORROBORATED";
      }

      if (before != null) {
        order.delete(before.getSortKey());
      }
      if (after != null) {
        entries.put(entryId, after);
        order.put(after.getSortKey(), entryId);
      } else {
        entries.delete(entryId);
      }
      revisions.put(entryId, revision);
      TimelineRevision change = TimelineRevision.newBuilder()
          .setEntryId(entryId)
          .setRevision(revision)
          .setReason(reason)
          .setCauseEventId(report.getId())
          .setBefore(before)
          .setAfter(after)
          .build();
      context.forward(record.withValue(change));
    }

    private int nextRevision(String entryId) {
      Integer current = revisions.get(entryId);
      return current == null ? 1 : current + 1;
    }

    private List<NewsEvent> reportsOf(String entryId) {
      List<NewsEvent> live = new ArrayList<>(4);
      try (KeyValueIterator<String, NewsEvent> it = reports.prefixScan(entryId + '|', PREFIX_SERIALIZER)) {
        it.forEachRemaining(kv -> live.add(kv.value));
      }
      return live;
    }
  }
}
