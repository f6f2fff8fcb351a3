package io.newstimeline.topology;

import io.newstimeline.avro.NewsEvent;
import java.util.Set;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Decodes and validates each report and re-keys it by the timeline entry it belongs to; keeps state (event
 * id → entry id) so that a correction that changes a report's identity also withdraws it from its
 * old entry, and a retraction finds its entry. Input key: event id; output key: entry id.
 *
 * <p>Decoding happens here rather than in the source node so that unreadable records (wrong
 * magic byte, unknown schema id) and invalid ones take the same path: the exception reaches the
 * processing exception handler, which sends the record as received to the dead-letter topic.
 */
final class RouteReportsProcessorSupplier implements ProcessorSupplier<String, byte[], String, NewsEvent> {

  private final Deserializer<NewsEvent> deserializer;

  RouteReportsProcessorSupplier(Deserializer<NewsEvent> deserializer) {
    this.deserializer = deserializer;
  }

  @Override
  public Processor<String, byte[], String, NewsEvent> get() {
    return new RouteReports();
  }

  @Override
  public Set<StoreBuilder<?>> stores() {
    return Set.of(Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(StoreNames.REPORT_ENTRIES), Serdes.String(), Serdes.String()));
  }

  private final class RouteReports implements Processor<String, byte[], String, NewsEvent> {

    private ProcessorContext<String, NewsEvent> context;
    private KeyValueStore<String, String> entryByEvent;

    @Override
    public void init(ProcessorContext<String, NewsEvent> context) {
      this.context = context;
      this.entryByEvent = context.getStateStore(StoreNames.REPORT_ENTRIES);
    }

    @Override
    public void process(Record<String, byte[]> record) {
      String topic = context.recordMetadata().map(RecordMetadata::topic).orElse(null);
      NewsEvent event = EventValidator.validate(record.key(), deserializer.deserialize(topic, record.value()));
      String previousEntry = entryByEvent.get(event.getId());
      if (event.getRetracted()) {
        if (previousEntry != null) {
          entryByEvent.delete(event.getId());
          context.forward(record.withKey(previousEntry).withValue(event));
        }
        return;
      }
      String entryId = EntryIdentity.entryId(event);
      if (previousEntry != null && !previousEntry.equals(entryId)) {
        NewsEvent withdrawal = NewsEvent.newBuilder(event).setRetracted(true).build();
        context.forward(record.withKey(previousEntry).withValue(withdrawal));
      }
      if (!entryId.equals(previousEntry)) {
        entryByEvent.put(event.getId(), entryId);
      }
      context.forward(record.withKey(entryId).withValue(event));
    }
  }
}
