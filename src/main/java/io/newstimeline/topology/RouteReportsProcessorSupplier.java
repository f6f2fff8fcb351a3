package io.newstimeline.topology;

import io.newstimeline.avro.NewsEvent;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import io.newstimeline.timeline.ChangeReason;
import io.newstimeline.timeline.EntryIdentity;
import io.newstimeline.timeline.EventValidator;
import io.newstimeline.topology.store.StateStoreKind;
import io.newstimeline.topology.store.StoreNames;

/**
 * Decodes and validates each report and re-keys it by its thread (event type + canonical actor
 * set, see {@link EntryIdentity#threadId}), so that every report that could be the same event is
 * merged by one task; keeps state (event id → thread id) so that a correction that changes a
 * report's thread also withdraws it from the old one, and a retraction finds its thread. Input
 * key: event id; output key: thread id. Work per report: two key lookups.
 *
 * <p>Decoding happens here rather than in the source node so that unreadable records (wrong
 * magic byte, unknown schema id) and invalid ones take the same path: the exception reaches the
 * processing exception handler, which sends the record as received to the dead-letter topic.
 */
final class RouteReportsProcessorSupplier implements ProcessorSupplier<String, byte[], String, NewsEvent> {

  private static final byte[] YES = "true".getBytes(StandardCharsets.UTF_8);

  private final Deserializer<NewsEvent> deserializer;
  private final StateStoreKind storeKind;

  RouteReportsProcessorSupplier(Deserializer<NewsEvent> deserializer, StateStoreKind storeKind) {
    this.deserializer = deserializer;
    this.storeKind = storeKind;
  }

  @Override
  public Processor<String, byte[], String, NewsEvent> get() {
    return new RouteReports();
  }

  @Override
  public Set<StoreBuilder<?>> stores() {
    return Set.of(storeKind.store(StoreNames.REPORT_THREADS, Serdes.String(), Serdes.String()));
  }

  private final class RouteReports implements Processor<String, byte[], String, NewsEvent> {

    private ProcessorContext<String, NewsEvent> context;
    private KeyValueStore<String, String> threadByEvent;

    @Override
    public void init(ProcessorContext<String, NewsEvent> context) {
      this.context = context;
      this.threadByEvent = context.getStateStore(StoreNames.REPORT_THREADS);
    }

    @Override
    public void process(Record<String, byte[]> record) {
      String topic = context.recordMetadata().map(RecordMetadata::topic).orElse(null);
      NewsEvent event = EventValidator.validate(record.key(), deserializer.deserialize(topic, record.value()));
      String previousThread = threadByEvent.get(event.getId());
      if (event.getRetracted()) {
        if (previousThread != null) {
          threadByEvent.delete(event.getId());
          context.forward(record.withKey(previousThread).withValue(event));
        }
        return; // retracting a report never seen (or already retracted) changes nothing
      }
      String thread = EntryIdentity.threadId(event);
      if (previousThread == null || previousThread.equals(thread)) {
        if (previousThread == null) {
          threadByEvent.put(event.getId(), thread);
        }
        context.forward(record.withKey(thread).withValue(event));
        return;
      }
      // A correction that changes the type or the actors: leave the old thread, join the new one.
      threadByEvent.put(event.getId(), thread);
      NewsEvent withdrawal = NewsEvent.newBuilder(event).setRetracted(true).build();
      context.forward(record.withKey(previousThread).withValue(withdrawal).withHeaders(correction(record.headers())));
      context.forward(record.withKey(thread).withValue(event).withHeaders(correction(record.headers())));
    }

    private Headers correction(Headers headers) {
      Headers copy = new RecordHeaders(headers.toArray());
      copy.add(ChangeReason.CORRECTION_HEADER, YES);
      return copy;
    }
  }
}
