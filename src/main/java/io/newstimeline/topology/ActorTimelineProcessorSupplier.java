package io.newstimeline.topology;

import io.newstimeline.avro.Actor;
import io.newstimeline.avro.ActorPartner;
import io.newstimeline.avro.ActorTimeline;
import io.newstimeline.avro.ActorTimelineItem;
import io.newstimeline.avro.TimelineEntry;
import io.newstimeline.avro.TimelineRevision;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * Returns, for each revision that touches an actor, that actor's rolling timeline: its latest N
 * entries by event date, its entry count, and its partners (the other actors of those N entries)
 * with the number of entries each shares with it overall; keeps state: every entry of every actor
 * ordered by sort key, the entry counts, and a shared-entry count per (actor, partner). Input and
 * output key: actor id. An actor left with no entry gets a tombstone.
 *
 * <p>Work per revision is bounded by N and the actors per entry, not by the actor's history: a
 * reverse range scan of N keys, one count update per actor of the revised entry, and one count
 * read per partner listed.
 */
final class ActorTimelineProcessorSupplier implements ProcessorSupplier<String, TimelineRevision, String, ActorTimeline> {

  /** Partners with the most shared entries first, then by actor id. */
  static final Comparator<ActorPartner> PARTNER_ORDER = Comparator.comparingInt(ActorPartner::getSharedEntries).reversed()
      .thenComparing(partner -> partner.getActor().getId());

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
        storeKind.store(StoreNames.ACTOR_ENTRIES, Serdes.String(), serdes.actorTimelineItem()),
        storeKind.store(StoreNames.ACTOR_ENTRY_COUNTS, Serdes.String(), Serdes.Long()),
        storeKind.store(StoreNames.ACTOR_PARTNERS, Serdes.String(), serdes.actorPartner()));
  }

  private final class ActorTimelines implements Processor<String, TimelineRevision, String, ActorTimeline> {

    private ProcessorContext<String, ActorTimeline> context;
    private KeyValueStore<String, ActorTimelineItem> items;
    private KeyValueStore<String, Long> counts;
    private KeyValueStore<String, ActorPartner> partners;

    @Override
    public void init(ProcessorContext<String, ActorTimeline> context) {
      this.context = context;
      this.items = context.getStateStore(StoreNames.ACTOR_ENTRIES);
      this.counts = context.getStateStore(StoreNames.ACTOR_ENTRY_COUNTS);
      this.partners = context.getStateStore(StoreNames.ACTOR_PARTNERS);
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
      countPartners(actorId, wasIn ? before : null, isIn ? after : null);
      Long current = counts.get(actorId);
      long count = (current == null ? 0 : current) + (isIn ? 1 : 0) - (wasIn ? 1 : 0);
      if (count <= 0) {
        counts.delete(actorId);
        context.forward(record.withValue(null));
        return;
      }
      counts.put(actorId, count);
      Actor actor = ActorView.actor(record.value(), actorId);
      List<ActorTimelineItem> latest = latest(actorId);
      context.forward(record.withValue(new ActorTimeline(actor, latest, count, partnersOf(actorId, latest))));
    }

    /** Moves the shared-entry count of each partner of {@code actorId} from entry {@code before} to {@code after}. */
    private void countPartners(String actorId, TimelineEntry before, TimelineEntry after) {
      Map<String, Actor> touched = new TreeMap<>();
      Map<String, Integer> delta = new TreeMap<>();
      addPartners(actorId, before, -1, touched, delta);
      addPartners(actorId, after, 1, touched, delta);
      touched.forEach((partnerId, partner) -> {
        String key = actorId + '|' + partnerId;
        ActorPartner stored = partners.get(key);
        int shared = (stored == null ? 0 : stored.getSharedEntries()) + delta.get(partnerId);
        if (shared <= 0) {
          partners.delete(key);
        } else {
          partners.put(key, new ActorPartner(partner, shared, 0));
        }
      });
    }

    private static void addPartners(String actorId, TimelineEntry entry, int sign, Map<String, Actor> touched,
        Map<String, Integer> delta) {
      if (entry == null) {
        return;
      }
      for (Actor other : entry.getActors()) {
        if (!other.getId().equals(actorId)) {
          touched.put(other.getId(), other);
          delta.merge(other.getId(), sign, Integer::sum);
        }
      }
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

    /** The other actors of {@code latest}, each with its overall and in-view shared-entry counts. */
    private List<ActorPartner> partnersOf(String actorId, List<ActorTimelineItem> latest) {
      Map<String, Integer> inView = new LinkedHashMap<>();
      for (ActorTimelineItem item : latest) {
        item.getOtherActors().forEach(other -> inView.merge(other, 1, Integer::sum));
      }
      List<ActorPartner> listed = new ArrayList<>(inView.size());
      inView.forEach((partnerId, entriesInView) -> {
        ActorPartner stored = partners.get(actorId + '|' + partnerId);
        if (stored != null) {
          listed.add(new ActorPartner(stored.getActor(), stored.getSharedEntries(), entriesInView));
        }
      });
      listed.sort(PARTNER_ORDER);
      return listed;
    }
  }
}
