package io.newstimeline.topology;

import io.newstimeline.avro.Actor;
import io.newstimeline.avro.ActorLink;
import io.newstimeline.avro.ActorTimelineItem;
import io.newstimeline.avro.TimelineEntry;
import io.newstimeline.avro.TimelineRevision;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * Returns the updated link of every pair of actors a revision touches: how many entries they
 * share, and the first and last of them by sort key (entries with the same dates and depth
 * tie-break on the entry id, the sort key's last part); keeps state: the shared entries of each
 * pair in sort-key order, and the link counts. Input key: actor id; output key: pair key
 * {@code a|b}. Each pair is owned by its smaller actor id, so exactly one task maintains it.
 * A pair left with no shared entry gets a tombstone.
 */
final class ActorLinkProcessorSupplier implements ProcessorSupplier<String, TimelineRevision, String, ActorLink> {

  private final TimelineSerdes serdes;
  private final StateStoreKind storeKind;

  ActorLinkProcessorSupplier(TimelineSerdes serdes, StateStoreKind storeKind) {
    this.serdes = serdes;
    this.storeKind = storeKind;
  }

  @Override
  public Processor<String, TimelineRevision, String, ActorLink> get() {
    return new ActorLinks();
  }

  @Override
  public Set<StoreBuilder<?>> stores() {
    return Set.of(
        storeKind.store(StoreNames.PAIR_ENTRIES, Serdes.String(), serdes.actorTimelineItem()),
        storeKind.store(StoreNames.ACTOR_LINKS, Serdes.String(), serdes.actorLink()));
  }

  private static final class ActorLinks implements Processor<String, TimelineRevision, String, ActorLink> {

    private ProcessorContext<String, ActorLink> context;
    private KeyValueStore<String, ActorTimelineItem> pairEntries;
    private KeyValueStore<String, ActorLink> links;

    @Override
    public void init(ProcessorContext<String, ActorLink> context) {
      this.context = context;
      this.pairEntries = context.getStateStore(StoreNames.PAIR_ENTRIES);
      this.links = context.getStateStore(StoreNames.ACTOR_LINKS);
    }

    @Override
    public void process(Record<String, TimelineRevision> record) {
      String actorId = record.key();
      TimelineRevision revision = record.value();
      TimelineEntry before = revision.getBefore();
      TimelineEntry after = revision.getAfter();
      Set<String> partnersBefore = new LinkedHashSet<>(ActorView.partnersAfter(before, actorId));
      Set<String> partnersAfter = new LinkedHashSet<>(ActorView.partnersAfter(after, actorId));
      Set<String> touched = new LinkedHashSet<>(partnersBefore);
      touched.addAll(partnersAfter);
      for (String partner : touched) {
        String pair = ActorView.pairKey(actorId, partner);
        boolean wasShared = partnersBefore.contains(partner);
        boolean isShared = partnersAfter.contains(partner);
        if (wasShared) {
          pairEntries.delete(pair + '|' + before.getSortKey());
        }
        if (isShared) {
          pairEntries.put(pair + '|' + after.getSortKey(), ActorView.item(after, actorId));
        }
        ActorLink previous = links.get(pair);
        int count = (previous == null ? 0 : previous.getCount()) + (isShared ? 1 : 0) - (wasShared ? 1 : 0);
        ActorLink link = count <= 0 ? null : link(pair, count, revision, actorId, partner, previous);
        if (link == null) {
          links.delete(pair);
        } else {
          links.put(pair, link);
        }
        context.forward(record.withKey(pair).withValue(link));
      }
    }

    private ActorLink link(String pair, int count, TimelineRevision revision, String actorId, String partner,
        ActorLink previous) {
      ActorTimelineItem first;
      ActorTimelineItem last;
      try (KeyValueIterator<String, ActorTimelineItem> it = pairEntries.range(pair + '|', pair + ActorView.AFTER_SEPARATOR)) {
        first = it.next().value;
      }
      try (KeyValueIterator<String, ActorTimelineItem> it =
          pairEntries.reverseRange(pair + '|', pair + ActorView.AFTER_SEPARATOR)) {
        KeyValue<String, ActorTimelineItem> newest = it.next();
        last = newest.value;
      }
      Actor a = ActorView.actor(revision, actorId);
      Actor b = ActorView.actor(revision, partner);
      if (previous != null) {
        a = a != null ? a : previous.getActorA();
        b = b != null ? b : previous.getActorB();
      }
      return ActorLink.newBuilder()
          .setActorA(a)
          .setActorB(b)
          .setCount(count)
          .setFirstEntryId(first.getEntryId())
          .setFirstDate(first.getDate())
          .setFirstSortKey(first.getSortKey())
          .setLastEntryId(last.getEntryId())
          .setLastDate(last.getDate())
          .setLastSortKey(last.getSortKey())
          .build();
    }
  }
}
