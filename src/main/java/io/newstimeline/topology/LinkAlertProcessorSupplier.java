package io.newstimeline.topology;

import io.newstimeline.avro.Actor;
import io.newstimeline.avro.EntryChange;
import io.newstimeline.avro.EntryFacts;
import io.newstimeline.avro.LinkAlert;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import io.newstimeline.timeline.ActorView;
import io.newstimeline.topology.store.StateStoreKind;
import io.newstimeline.topology.store.StoreNames;

/**
 * Returns one {@link LinkAlert} the first time two actors share an entry, and never again for
 * that pair; keeps state: the pairs already alerted. Input key: actor id; output key: pair key.
 * The alert cites the entry whose report linked the pair; the link itself
 * ({@code news.actor-links}) cites the earliest shared entry by event date.
 */
final class LinkAlertProcessorSupplier implements ProcessorSupplier<String, EntryChange, String, LinkAlert> {

  private final StateStoreKind storeKind;

  LinkAlertProcessorSupplier(StateStoreKind storeKind) {
    this.storeKind = storeKind;
  }

  @Override
  public Processor<String, EntryChange, String, LinkAlert> get() {
    return new LinkAlerts();
  }

  @Override
  public Set<StoreBuilder<?>> stores() {
    return Set.of(storeKind.store(StoreNames.ALERTED_PAIRS, Serdes.String(), Serdes.Long()));
  }

  private static final class LinkAlerts implements Processor<String, EntryChange, String, LinkAlert> {

    private ProcessorContext<String, LinkAlert> context;
    private KeyValueStore<String, Long> alerted;

    @Override
    public void init(ProcessorContext<String, LinkAlert> context) {
      this.context = context;
      this.alerted = context.getStateStore(StoreNames.ALERTED_PAIRS);
    }

    @Override
    public void process(Record<String, EntryChange> record) {
      String actorId = record.key();
      EntryFacts after = record.value().getAfter();
      for (String partner : ActorView.partnersAfter(after, actorId)) {
        String pair = ActorView.pairKey(actorId, partner);
        if (alerted.get(pair) != null) {
          continue;
        }
        long reportedAt = after.getLastReportedAt().toEpochMilli();
        alerted.put(pair, reportedAt);
        Actor a = ActorView.actor(after, actorId);
        Actor b = ActorView.actor(after, partner);
        context.forward(record.withKey(pair).withValue(LinkAlert.newBuilder()
            .setActorA(a)
            .setActorB(b)
            .setEntryId(record.value().getEntryId())
            .setDate(after.getDate())
            .setSummary(after.getSummary())
            .setReportedAt(after.getLastReportedAt())
            .build()));
      }
    }
  }
}
