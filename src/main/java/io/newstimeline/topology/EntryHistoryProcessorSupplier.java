package io.newstimeline.topology;

import io.newstimeline.avro.TimelineRevision;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import io.newstimeline.topology.store.QueryableStores;
import io.newstimeline.topology.store.StateStoreKind;
import io.newstimeline.topology.store.StoreNames;

/**
 * Keeps every revision of every entry, without the entry's versions (revision number, reason, the
 * report that caused it), so the history of one entry is one prefix scan; forwards nothing. Input
 * key: entry id. Runs in the task that merges the entry's thread, so an entry and its history are
 * always in the same partition, next to {@link StoreNames#ENTRIES}.
 */
final class EntryHistoryProcessorSupplier implements ProcessorSupplier<String, TimelineRevision, Void, Void> {

  private final TimelineSerdes serdes;
  private final StateStoreKind storeKind;

  EntryHistoryProcessorSupplier(TimelineSerdes serdes, StateStoreKind storeKind) {
    this.serdes = serdes;
    this.storeKind = storeKind;
  }

  @Override
  public Processor<String, TimelineRevision, Void, Void> get() {
    return new Processor<>() {
      private KeyValueStore<String, TimelineRevision> history;

      @Override
      public void init(ProcessorContext<Void, Void> context) {
        history = context.getStateStore(StoreNames.ENTRY_HISTORY);
      }

      @Override
      public void process(Record<String, TimelineRevision> record) {
        TimelineRevision revision = record.value();
        history.put(QueryableStores.historyKey(revision.getEntryId(), revision.getRevision()),
            TimelineRevision.newBuilder(revision).setBefore(null).setAfter(null).build());
      }
    };
  }

  @Override
  public Set<StoreBuilder<?>> stores() {
    return Set.of(storeKind.store(StoreNames.ENTRY_HISTORY, Serdes.String(), serdes.state().revision()));
  }
}
