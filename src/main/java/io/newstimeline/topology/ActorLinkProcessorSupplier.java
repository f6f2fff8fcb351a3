package io.newstimeline.topology;

import io.newstimeline.avro.Actor;
import io.newstimeline.avro.ActorLink;
import io.newstimeline.avro.ActorTimelineItem;
import io.newstimeline.avro.EntryChange;
import io.newstimeline.avro.EntryFacts;
import java.util.LinkedHashSet;
import java.util.Set;
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
import io.newstimeline.topology.store.StateStoreKind;
import io.newstimeline.topology.store.StoreNames;

/**
 * Maintains the link of every pair of actors that share entries (how many, and the first and last
 * shared entry by sort key; entries with the same dates and depth tie-break on the entry id, the
 * sort key's last part) and publishes each change of a link as it happens. Keeps state: the shared
 * entries of each pair in sort-key order, and the links. Input key: actor id; output key: pair key
 * {@code a|b} ({@link ActorView#pairKey}). Each pair is owned by its smaller actor id, so exactly one task maintains it. A pair
 * left with no shared entry gets a tombstone.
 *
 * <p>Unlike actor timelines, links are not held back until a flush: pairs are many and rarely
 * change twice within an interval, so marking them dirty wrote more (a mark and its removal to the
 * dirty store's changelog) than it saved in publications (docs/BENCHMARKS.md).
 *
 * <p>Work per change and pair: one write to the pair's entries and a read and write of its link.
 * First and last move with each added entry; only removing the first or the last entry reads the
 * pair's ordered entries again, and then just their first or last key.
 */
final class ActorLinkProcessorSupplier implements ProcessorSupplier<String, EntryChange, String, ActorLink> {

  private final TimelineSerdes serdes;
  private final StateStoreKind storeKind;
  private final StoreBuilder<KeyValueStore<String, ActorLink>> linkStore;

  /**
   * {@code linkStore} is {@link #linkStore}'s builder, the same instance that is given to
   * {@link ActorTimelineProcessorSupplier}, which reads the links it owns.
   */
  ActorLinkProcessorSupplier(TimelineSerdes serdes, TimelineConfig config,
      StoreBuilder<KeyValueStore<String, ActorLink>> linkStore) {
    this.serdes = serdes;
    this.storeKind = config.stateStores();
    this.linkStore = linkStore;
  }

  /** The store of the links, pair → link, each in the task of the pair's smaller actor id. */
  static StoreBuilder<KeyValueStore<String, ActorLink>> linkStore(TimelineSerdes serdes, TimelineConfig config) {
    return config.stateStores().cachedStore(StoreNames.ACTOR_LINKS, Serdes.String(), serdes.state().actorLink());
  }

  @Override
  public Processor<String, EntryChange, String, ActorLink> get() {
    return new ActorLinks();
  }

  @Override
  public Set<StoreBuilder<?>> stores() {
    return Set.of(storeKind.store(StoreNames.PAIR_ENTRIES, Serdes.String(), serdes.state().actorTimelineItem()), linkStore);
  }

  private final class ActorLinks implements Processor<String, EntryChange, String, ActorLink> {

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
    public void process(Record<String, EntryChange> record) {
      String actorId = record.key();
      EntryChange change = record.value();
      EntryFacts before = change.getBefore();
      EntryFacts after = change.getAfter();
      Set<String> partnersBefore = new LinkedHashSet<>(ActorView.partnersAfter(before, actorId));
      Set<String> partnersAfter = new LinkedHashSet<>(ActorView.partnersAfter(after, actorId));
      Set<String> touched = new LinkedHashSet<>(partnersBefore);
      touched.addAll(partnersAfter);
      // The same for every pair of this actor: built once per change, not once per pair.
      ActorTimelineItem item = partnersAfter.isEmpty() ? null : ActorView.item(change.getEntryId(), after, actorId);
      Actor actor = ActorView.actor(change, actorId);
      for (String partner : touched) {
        String pair = ActorView.pairKey(actorId, partner);
        String removed = partnersBefore.contains(partner) ? before.getSortKey() : null;
        ActorTimelineItem added = partnersAfter.contains(partner) ? item : null;
        if (removed != null && !(added != null && added.getSortKey().equals(removed))) {
          pairEntries.delete(CompositeKey.append(pair, removed));
        }
        if (added != null) {
          pairEntries.put(CompositeKey.append(pair, added.getSortKey()), added);
        }
        ActorLink link = update(pair, links.get(pair), removed, added, actor, ActorView.actor(change, partner));
        if (link == null) {
          links.delete(pair);
        } else {
          links.put(pair, link);
        }
        context.forward(record.withKey(pair).withValue(link));
      }
    }

    /**
     * The link of {@code pair} once entry {@code removed} (a sort key) left it and {@code added}
     * joined it, with actors {@code a} and {@code b} as the change names them (null: as before).
     * Updates {@code previous}, a fresh copy read from the store, in place.
     */
    private ActorLink update(String pair, ActorLink previous, String removed, ActorTimelineItem added, Actor a, Actor b) {
      int count = (previous == null ? 0 : previous.getCount()) + (added != null ? 1 : 0) - (removed != null ? 1 : 0);
      if (count <= 0) {
        return null;
      }
      ActorLink link = previous != null ? previous : new ActorLink();
      if (a != null) {
        link.setActorA(a);
      }
      if (b != null) {
        link.setActorB(b);
      }
      link.setCount(count);
      boolean replacedInPlace = removed != null && added != null && removed.equals(added.getSortKey());
      boolean lostFirst = previous != null && removed != null && !replacedInPlace && removed.equals(previous.getFirstSortKey());
      boolean lostLast = previous != null && removed != null && !replacedInPlace && removed.equals(previous.getLastSortKey());
      // Read before first() below changes them.
      boolean newFirst = previous == null || (added != null && added.getSortKey().compareTo(previous.getFirstSortKey()) <= 0);
      boolean newLast = previous == null || (added != null && added.getSortKey().compareTo(previous.getLastSortKey()) >= 0);
      if (lostFirst || newFirst) {
        first(link, lostFirst ? scan(pair, true) : added);
      }
      if (lostLast || newLast) {
        last(link, lostLast ? scan(pair, false) : added);
      }
      return link;
    }

    /** The pair's first (or last) shared entry, read from the ordered store. */
    private ActorTimelineItem scan(String pair, boolean first) {
      String from = CompositeKey.firstExtending(pair);
      String to = CompositeKey.pastExtending(pair);
      try (KeyValueIterator<String, ActorTimelineItem> it = first ? pairEntries.range(from, to) : pairEntries.reverseRange(from, to)) {
        return it.next().value;
      }
    }

    private static void first(ActorLink link, ActorTimelineItem item) {
      link.setFirstEntryId(item.getEntryId());
      link.setFirstDate(item.getDate());
      link.setFirstSortKey(item.getSortKey());
    }

    private static void last(ActorLink link, ActorTimelineItem item) {
      link.setLastEntryId(item.getEntryId());
      link.setLastDate(item.getDate());
      link.setLastSortKey(item.getSortKey());
    }
  }
}
