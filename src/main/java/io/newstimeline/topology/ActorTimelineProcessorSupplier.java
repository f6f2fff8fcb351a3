package io.newstimeline.topology;

import io.newstimeline.avro.Actor;
import io.newstimeline.avro.ActorLink;
import io.newstimeline.avro.ActorPartner;
import io.newstimeline.avro.ActorTimeline;
import io.newstimeline.avro.ActorTimelineItem;
import io.newstimeline.avro.EntryChange;
import io.newstimeline.avro.EntryFacts;
import java.time.Duration;
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
import io.newstimeline.timeline.ActorView;
import io.newstimeline.timeline.CompositeKey;
import io.newstimeline.topology.store.DirtyKeys;
import io.newstimeline.topology.store.StateStoreKind;
import io.newstimeline.topology.store.StoreNames;

/**
 * Maintains, per actor, every entry it takes part in, its entry count and its partners (the
 * actors it shares entries with, and how many: kept here for partners with a smaller id, read from
 * the {@link ActorLinkProcessorSupplier links} this task owns for the others); and publishes each
 * changed actor's rolling timeline at most once per flush interval: its latest N entries by event
 * date, its entry count, and the partners of those N entries. Input and output key: actor id. An actor left with no entry
 * gets a tombstone.
 *
 * <p>Work per change is a few key updates per actor of the entry. Work per publication is bounded
 * by N: a reverse range scan of N keys and one read per partner listed. Neither grows with the
 * actor's history, and publications are bounded by the actors changed per interval, not by the
 * events: a burst of a thousand events about one actor publishes its view once.
 */
final class ActorTimelineProcessorSupplier implements ProcessorSupplier<String, EntryChange, String, ActorTimeline> {

  /** Partners with the most shared entries first, then by actor id. */
  static final Comparator<ActorPartner> PARTNER_ORDER = Comparator.comparingInt(ActorPartner::getSharedEntries).reversed()
      .thenComparing(partner -> partner.getActor().getId());

  private final TimelineSerdes serdes;
  private final int size;
  private final Duration flushInterval;
  private final StateStoreKind storeKind;
  private final StoreBuilder<KeyValueStore<String, ActorLink>> linkStore;

  /** {@code linkStore}: the builder of the links' store, the instance given to {@link ActorLinkProcessorSupplier}. */
  ActorTimelineProcessorSupplier(TimelineSerdes serdes, TimelineConfig config,
      StoreBuilder<KeyValueStore<String, ActorLink>> linkStore) {
    this.serdes = serdes;
    this.size = config.actorTimelineSize();
    this.flushInterval = config.viewFlushInterval();
    this.storeKind = config.stateStores();
    this.linkStore = linkStore;
  }

  @Override
  public Processor<String, EntryChange, String, ActorTimeline> get() {
    return new ActorTimelines();
  }

  @Override
  public Set<StoreBuilder<?>> stores() {
    return Set.of(
        storeKind.store(StoreNames.ACTOR_ENTRIES, Serdes.String(), serdes.state().actorTimelineItem()),
        storeKind.cachedStore(StoreNames.ACTOR_SUMMARIES, Serdes.String(), serdes.state().actorTimeline()),
        storeKind.cachedStore(StoreNames.ACTOR_PARTNERS, Serdes.String(), serdes.state().actorPartner()),
        DirtyKeys.store(StoreNames.DIRTY_ACTORS),
        linkStore);
  }

  private final class ActorTimelines implements Processor<String, EntryChange, String, ActorTimeline> {

    private ProcessorContext<String, ActorTimeline> context;
    private KeyValueStore<String, ActorTimelineItem> items;
    private KeyValueStore<String, ActorTimeline> summaries;
    private KeyValueStore<String, ActorPartner> partners;
    private KeyValueStore<String, ActorLink> links;
    private DirtyKeys dirty;

    @Override
    public void init(ProcessorContext<String, ActorTimeline> context) {
      this.context = context;
      this.items = context.getStateStore(StoreNames.ACTOR_ENTRIES);
      this.summaries = context.getStateStore(StoreNames.ACTOR_SUMMARIES);
      this.partners = context.getStateStore(StoreNames.ACTOR_PARTNERS);
      this.links = context.getStateStore(StoreNames.ACTOR_LINKS);
      this.dirty = DirtyKeys.schedule(context, StoreNames.DIRTY_ACTORS, flushInterval, this::publish);
    }

    @Override
    public void process(Record<String, EntryChange> record) {
      String actorId = record.key();
      EntryChange change = record.value();
      EntryFacts before = change.getBefore();
      EntryFacts after = change.getAfter();
      boolean wasIn = ActorView.involves(before, actorId);
      boolean isIn = ActorView.involves(after, actorId);
      if (wasIn && !(isIn && before.getSortKey().equals(after.getSortKey()))) {
        items.delete(itemKey(actorId, before.getSortKey()));
      }
      if (isIn) {
        items.put(itemKey(actorId, after.getSortKey()), ActorView.item(change.getEntryId(), after, actorId));
      }
      countPartners(actorId, wasIn ? before : null, isIn ? after : null);
      ActorTimeline summary = summaries.get(actorId);
      long count = (summary == null ? 0 : summary.getEntryCount()) + (isIn ? 1 : 0) - (wasIn ? 1 : 0);
      if (count <= 0) {
        summaries.delete(actorId);
      } else {
        Actor actor = ActorView.actor(change, actorId);
        summaries.put(actorId, new ActorTimeline(actor, List.of(), count, List.of()));
      }
      dirty.mark(actorId, record.timestamp());
    }

    /** The key of the entry with {@code sortKey} in {@code actorId}'s timeline: {@code <actorId>|<sortKey>}. */
    private static String itemKey(String actorId, String sortKey) {
      return CompositeKey.append(CompositeKey.of(actorId), sortKey);
    }

    /** Publishes the current rolling timeline of {@code actorId}, or a tombstone if it has no entry left. */
    private void publish(String actorId, long timestamp) {
      ActorTimeline summary = summaries.get(actorId);
      ActorTimeline view = null;
      if (summary != null) {
        List<ActorTimelineItem> latest = latest(actorId);
        view = new ActorTimeline(summary.getActor(), latest, summary.getEntryCount(), partnersOf(actorId, latest));
      }
      context.forward(new Record<>(actorId, view, timestamp));
    }

    /**
     * Moves the shared-entry count of each partner of {@code actorId} with a smaller id from entry
     * {@code before} to {@code after}. A partner with a larger id needs no count of its own: this
     * task owns that pair's link, whose count is the same number ({@link #partnersOf}).
     */
    private void countPartners(String actorId, EntryFacts before, EntryFacts after) {
      Map<String, Actor> touched = new TreeMap<>();
      Map<String, Integer> delta = new TreeMap<>();
      addPartners(actorId, before, -1, touched, delta);
      addPartners(actorId, after, 1, touched, delta);
      touched.forEach((partnerId, partner) -> {
        int change = delta.get(partnerId);
        String key = CompositeKey.of(actorId, partnerId);
        ActorPartner stored = partners.get(key);
        if (change == 0 && stored != null && stored.getActor().equals(partner)) {
          return; // still shared, under the same name
        }
        int shared = (stored == null ? 0 : stored.getSharedEntries()) + change;
        if (shared <= 0) {
          partners.delete(key);
        } else {
          partners.put(key, new ActorPartner(partner, shared, 0));
        }
      });
    }

    private static void addPartners(String actorId, EntryFacts entry, int sign, Map<String, Actor> touched,
        Map<String, Integer> delta) {
      if (entry == null) {
        return;
      }
      for (Actor other : entry.getActors()) {
        if (other.getId().compareTo(actorId) < 0) {
          touched.put(other.getId(), other);
          delta.merge(other.getId(), sign, Integer::sum);
        }
      }
    }

    /** The actor's latest {@code size} items, in timeline order. */
    private List<ActorTimelineItem> latest(String actorId) {
      List<ActorTimelineItem> latest = new ArrayList<>(size);
      String actor = CompositeKey.of(actorId);
      try (KeyValueIterator<String, ActorTimelineItem> it =
          items.reverseRange(CompositeKey.firstExtending(actor), CompositeKey.pastExtending(actor))) {
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
        if (partnerId.compareTo(actorId) > 0) {
          ActorLink link = links.get(ActorView.pairKey(actorId, partnerId));
          if (link != null) {
            listed.add(new ActorPartner(link.getActorB(), link.getCount(), entriesInView));
          }
        } else {
          ActorPartner stored = partners.get(CompositeKey.of(actorId, partnerId));
          if (stored != null) {
            listed.add(new ActorPartner(stored.getActor(), stored.getSharedEntries(), entriesInView));
          }
        }
      });
      listed.sort(PARTNER_ORDER);
      return listed;
    }
  }
}
