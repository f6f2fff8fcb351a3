package io.newstimeline.api;

import io.newstimeline.avro.ActorLink;
import io.newstimeline.avro.ActorPartner;
import io.newstimeline.avro.ActorTimeline;
import io.newstimeline.avro.ActorTimelineItem;
import io.newstimeline.avro.TimelineEntry;
import io.newstimeline.avro.TimelineRevision;
import io.newstimeline.topology.store.QueryableStores;
import io.newstimeline.topology.store.StoreNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.query.FailureReason;
import org.apache.kafka.streams.query.KeyQuery;
import org.apache.kafka.streams.query.Query;
import org.apache.kafka.streams.query.QueryResult;
import org.apache.kafka.streams.query.RangeQuery;
import org.apache.kafka.streams.query.StateQueryRequest;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Reads the topology's stores on this instance only, with Kafka Streams interactive queries: each
 * answer covers the partitions this instance hosts ({@link ClusterQueries} adds the others').
 * Keys and ranges come from {@link QueryableStores}, so the topology's key layout lives in one place.
 */
final class LocalStores {

  /** A pair already alerted: when, and its link if the pair still shares an entry. */
  record Alerted(String pairKey, long reportedAt, ActorLink link) {}

  private final KafkaStreams timeline;
  private final KafkaStreams actorViews;

  LocalStores(KafkaStreams timeline, KafkaStreams actorViews) {
    this.timeline = timeline;
    this.actorViews = actorViews;
  }

  /**
   * The first {@code filter.limit()} entries passing {@code filter}, in timeline order, merged from
   * every local partition of the timeline-order store (each partition is in order; the timeline
   * is the merge of them); the partitions read are added to {@code answered}.
   */
  List<TimelineEntry> timeline(TimelineFilter filter, Set<Integer> answered) {
    RangeQuery<String, String> query = filter.from() == null ? RangeQuery.withNoBounds()
        : RangeQuery.withLowerBound(QueryableStores.timelineFrom(filter.from()).from());
    if (filter.after() != null && (filter.from() == null || filter.after().compareTo(filter.from().toString()) > 0)) {
      query = RangeQuery.withLowerBound(filter.after());
    }
    Map<Integer, QueryResult<KeyValueIterator<String, String>>> partitions =
        query(timeline, StoreNames.TIMELINE_ORDER, query, null);
    answered.addAll(partitions.keySet());
    List<TimelineEntry> page = new ArrayList<>(filter.limit());
    record Head(int partition, KeyValue<String, String> next, KeyValueIterator<String, String> rest) {}
    PriorityQueue<Head> heads = new PriorityQueue<>(Comparator.comparing((Head h) -> h.next().key));
    try {
      for (var partition : partitions.entrySet()) {
        KeyValueIterator<String, String> it = partition.getValue().getResult();
        if (it.hasNext()) {
          heads.add(new Head(partition.getKey(), it.next(), it));
        } else {
          it.close();
        }
      }
      Map<Integer, ReadOnlyKeyValueStore<String, TimelineEntry>> entries = new java.util.HashMap<>();
      while (!heads.isEmpty() && page.size() < filter.limit()) {
        Head head = heads.poll();
        if (filter.afterCursor(head.next().key)) {
          TimelineEntry entry = entries.computeIfAbsent(head.partition(), p -> partitionStore(timeline, StoreNames.ENTRIES, p))
              .get(head.next().value);
          if (entry != null && filter.matches(entry)) {
            page.add(entry);
          }
        }
        if (head.rest().hasNext()) {
          heads.add(new Head(head.partition(), head.rest().next(), head.rest()));
        } else {
          head.rest().close();
        }
      }
    } finally {
      heads.forEach(h -> h.rest().close());
    }
    return page;
  }

  /** An entry (null once it left the timeline) and its revisions, oldest first. */
  record Found(TimelineEntry entry, List<TimelineRevision> history) {}

  /** Entry {@code id} and its history, or null when no local partition holds either; the partitions searched are added to {@code answered}. */
  Found entry(String id, Set<Integer> answered) {
    Integer partition = null;
    TimelineEntry entry = null;
    Map<Integer, QueryResult<TimelineEntry>> results = query(timeline, StoreNames.ENTRIES,
        KeyQuery.<String, TimelineEntry>withKey(id), null);
    answered.addAll(results.keySet());
    for (var result : results.entrySet()) {
      if (result.getValue().getResult() != null) {
        partition = result.getKey();
        entry = result.getValue().getResult();
      }
    }
    QueryableStores.KeyRange range = QueryableStores.entryHistory(id);
    List<TimelineRevision> history = new ArrayList<>();
    for (QueryResult<KeyValueIterator<String, TimelineRevision>> result : query(timeline, StoreNames.ENTRY_HISTORY,
        RangeQuery.<String, TimelineRevision>withRange(range.from(), range.to()), partition).values()) {
      try (KeyValueIterator<String, TimelineRevision> it = result.getResult()) {
        it.forEachRemaining(kv -> history.add(kv.value));
      }
    }
    return entry == null && history.isEmpty() ? null : new Found(entry, history);
  }

  /** Actor {@code actorId}'s summary (the actor and its entry count) in {@code partition}, or null. */
  ActorTimeline actor(String actorId, int partition) {
    return one(query(actorViews, StoreNames.ACTOR_SUMMARIES, KeyQuery.<String, ActorTimeline>withKey(actorId), partition));
  }

  /** Up to {@code limit} of actor {@code actorId}'s entries after sort key {@code after}, in timeline order. */
  List<ActorTimelineItem> actorEntries(String actorId, int partition, String after, int limit) {
    QueryableStores.KeyRange range = QueryableStores.actorEntries(actorId);
    List<ActorTimelineItem> items = new ArrayList<>(limit);
    try (KeyValueIterator<String, ActorTimelineItem> it = one(query(actorViews, StoreNames.ACTOR_ENTRIES,
        RangeQuery.<String, ActorTimelineItem>withRange(range.from(), range.to()), partition))) {
      while (it.hasNext() && items.size() < limit) {
        ActorTimelineItem item = it.next().value;
        if (after == null || item.getSortKey().compareTo(after) > 0) {
          items.add(item);
        }
      }
    }
    return items;
  }

  /** Every partner of actor {@code actorId} with the number of entries they share. */
  List<ActorPartner> partners(String actorId, int partition) {
    List<ActorPartner> partners = new ArrayList<>();
    QueryableStores.KeyRange before = QueryableStores.partnersBefore(actorId);
    try (KeyValueIterator<String, ActorPartner> it = one(query(actorViews, StoreNames.ACTOR_PARTNERS,
        RangeQuery.<String, ActorPartner>withRange(before.from(), before.to()), partition))) {
      it.forEachRemaining(kv -> partners.add(kv.value));
    }
    QueryableStores.KeyRange owned = QueryableStores.linksOwnedBy(actorId);
    try (KeyValueIterator<String, ActorLink> it = one(query(actorViews, StoreNames.ACTOR_LINKS,
        RangeQuery.<String, ActorLink>withRange(owned.from(), owned.to()), partition))) {
      it.forEachRemaining(kv -> partners.add(new ActorPartner(kv.value.getActorB(), kv.value.getCount(), 0)));
    }
    return partners;
  }

  /** Every actor summary held here; the partitions read are added to {@code answered}. */
  List<ActorTimeline> actors(Set<Integer> answered) {
    return LocalStores.<ActorTimeline, ActorTimeline>all(actorViews, StoreNames.ACTOR_SUMMARIES, kv -> kv.value, answered);
  }

  /** Every link held here; the partitions read are added to {@code answered}. */
  List<ActorLink> links(Set<Integer> answered) {
    return LocalStores.<ActorLink, ActorLink>all(actorViews, StoreNames.ACTOR_LINKS, kv -> kv.value, answered);
  }

  /**
   * Every pair alerted here, with its link (held by the same task: both belong to the pair's
   * smaller actor id); the partitions read are added to {@code answered}.
   */
  List<Alerted> alerted(Set<Integer> answered) {
    List<KeyValue<String, Long>> pairs = LocalStores.<Long, KeyValue<String, Long>>all(actorViews, StoreNames.ALERTED_PAIRS,
        kv -> kv, answered);
    List<Alerted> alerted = new ArrayList<>(pairs.size());
    for (KeyValue<String, Long> pair : pairs) {
      ActorLink link = null;
      for (QueryResult<ActorLink> r : query(actorViews, StoreNames.ACTOR_LINKS, KeyQuery.<String, ActorLink>withKey(pair.key), null).values()) {
        link = link != null ? link : r.getResult();
      }
      alerted.add(new Alerted(pair.key, pair.value, link));
    }
    return alerted;
  }

  private static <V, T> List<T> all(KafkaStreams streams, String store, Function<KeyValue<String, V>, T> map,
      Set<Integer> answered) {
    List<T> all = new ArrayList<>();
    Map<Integer, QueryResult<KeyValueIterator<String, V>>> results = query(streams, store, RangeQuery.<String, V>withNoBounds(), null);
    answered.addAll(results.keySet());
    for (QueryResult<KeyValueIterator<String, V>> result : results.values()) {
      try (KeyValueIterator<String, V> it = result.getResult()) {
        it.forEachRemaining(kv -> all.add(map.apply(kv)));
      }
    }
    return all;
  }

  private static <R> R one(Map<Integer, QueryResult<R>> results) {
    if (results.size() != 1) {
      throw ApiException.unavailable("the partition is not hosted here (the instances are rebalancing); retry");
    }
    return results.values().iterator().next().getResult();
  }

  /**
   * Runs {@code query} on the active local partitions of {@code store} ({@code partition} only, if
   * given), leaving out the standby ones; a partition that cannot answer (restoring, migrating)
   * makes the whole answer a 503, since a partial timeline would look complete.
   */
  private static <R> Map<Integer, QueryResult<R>> query(KafkaStreams streams, String store, Query<R> query,
      Integer partition) {
    StateQueryRequest<R> request = StateQueryRequest.inStore(store).withQuery(query).requireActive();
    if (partition != null) {
      request = request.withPartitions(Set.of(partition));
    }
    Map<Integer, QueryResult<R>> results;
    try {
      results = streams.query(request).getPartitionResults();
    } catch (StreamsException e) {
      throw ApiException.unavailable("store " + store + " is not queryable yet: " + e.getMessage());
    }
    if (partition == null) {
      // A standby partition answers NOT_ACTIVE: the instance running it answers for it, and the
      // merging instance checks that every partition was answered once (ClusterQueries).
      results = new java.util.HashMap<>(results);
      results.values().removeIf(r -> r.isFailure() && r.getFailureReason() == FailureReason.NOT_ACTIVE);
    }
    for (QueryResult<R> result : results.values()) {
      if (result.isFailure()) {
        results.values().stream().filter(QueryResult::isSuccess).map(QueryResult::getResult)
            .filter(r -> r instanceof AutoCloseable).forEach(LocalStores::closeQuietly);
        throw ApiException.unavailable("store " + store + " cannot answer yet: " + result.getFailureReason());
      }
    }
    return results;
  }

  private static <V> ReadOnlyKeyValueStore<String, V> partitionStore(KafkaStreams streams, String store, int partition) {
    try {
      return streams.store(StoreQueryParameters.fromNameAndType(store, QueryableStoreTypes.<String, V>keyValueStore())
          .withPartition(partition));
    } catch (InvalidStateStoreException e) {
      throw ApiException.unavailable("store " + store + " is not queryable yet: " + e.getMessage());
    }
  }

  private static void closeQuietly(Object closeable) {
    try {
      ((AutoCloseable) closeable).close();
    } catch (Exception ignored) {
      // releasing a store iterator: nothing to report
    }
  }
}
