package io.newstimeline.topology;

import io.newstimeline.avro.Actor;
import io.newstimeline.avro.ActorTimeline;
import io.newstimeline.avro.ActorTimelineItem;
import io.newstimeline.avro.TimelineEntry;
import io.newstimeline.avro.TimelineRevision;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Returns, for each revision that touches an actor, that actor's rolling timeline: its latest N
 * entries by event date and its entry count; keeps state: every entry of every actor, ordered by
 * sort key. Input and output key: actor id. An actor left with no entry gets a tombstone.
 *
 * <p>Work per revision is bounded by N (a reverse range scan of N keys), not by the actor's history.
 */
final class ActorTimelineProcessorSupplier implements ProcessorSupplier<String, TimelineRevision, String, ActorTimeline> {

  private final TimelineSerdes serdes;
  private final int size;
  private final StateStoreKind storeKind;

  ActorTimelineProcessorSupplier(TimelineSerdes serdes, int size, StateStoreKind storeKind) {
    this.serdes = serdes;
    this.size = size;
    this.storeKind = storeKind;
  }

  @Override
  public Processor<String, TimelineRevision, String, ActorTimeline> get() {
    return new ActorTimelines();
  }

  @Override
  public Set<StoreBuilder<?>> stores() {
    return Set.of(
        Stores.keyValueStoreBuilder(
            storeKind.keyValue(StoreNames.ACTOR_ENTRIES), Serdes.String(), serdes.actorTimelineItem()),
        Stores.keyValueStoreBuilder(
            storeKind.keyValue(StoreNames.ACTOR_ENTRY_COUNTS), Serdes.String(), Serdes.Long()));
  }

  private final class ActorTimelines implements Processor<String, TimelineRevision, String, ActorTimeline> {

    private ProcessorContext<String, ActorTimeline> context;
    private KeyValueStore<String, ActorTimelineItem> items;
    private KeyValueStore<String, Long> counts;

    @Override
    public void init(ProcessorContext<String, ActorTimeline> context) {
      this.context = context;
      this.items = context.getStateStore(StoreNames.ACTOR_ENTRIES);
      this.counts = context.getStateStore(StoreNames.ACTOR_ENTRY_COUNTS);
    }

    @Override
    public void process(Record<String, TimelineRevision> record) {
      String actorId = record.key();
      TimelineEntry before = record.value().getBefore();
      TimelineEntry after = record.value().getAfter();
      boolean wasIn = ActorView.involves(before, actorId);
      boolean isIn = ActorView.involves(after, actorId);
      if (wasIn) {
        items.delete(actorId + '|' + before.getSortKey());
      }
      if (isIn) {
        items.put(actorId + '|' + after.getSortKey(), ActorView.item(after, actorId));
      }
      Long current = counts.get(actorId);
      long count = (current == null ? 0 : current) + (isIn ? 1 : 0) - (wasIn ? 1 : 0);
      if (count <= 0) {
        counts.delete(actorId);
        context.forward(record.withValue(null));
        return;
      }
      counts.put(actorId, count);
      Actor actor = ActorView.actor(record.value(), actorId);
      context.forward(record.withValue(new ActorTimeline(actor, latest(actorId), count)));
    }

    /** The actor's latest {@code size} items, in timeline order. */
    private List<ActorTimelineItem> latest(String actorId) {
      List<ActorTimelineItem> latest = new ArrayList<>(size);
      try (KeyValueIterator<String, ActorTimelineItem> it =
          items.reverseRange(actorId + '|', actorId + ActorView.AFTER_SEPARATOR)) {
        while (it.hasNext() && latest.size() < size) {
          latest.add(it.next().value);
        }
      }
      Collections.reverse(latest);
      return latest;
    }
  }
}
