package io.newstimeline.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newstimeline.avro.Actor;
import io.newstimeline.avro.ActorLink;
import io.newstimeline.avro.ActorPartner;
import io.newstimeline.avro.ActorTimeline;
import io.newstimeline.avro.ActorTimelineItem;
import io.newstimeline.topology.store.QueryableStores;
import io.newstimeline.topology.store.StoreNames;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The API's answers over every instance of the application: a keyed question (an actor) goes to
 * the instance that hosts the key ({@code queryMetadataForKey}); a question over the whole
 * timeline or graph is asked of every instance hosting the store ({@code streamsMetadataForStore})
 * and the parts merged in the same order each part is in. An instance asked with
 * {@code scope=local} answers from its own stores only, and says which partitions it read.
 *
 * <p>A merged answer is given only when the parts cover every partition of the store once: while
 * the instances rebalance (one lost, one restoring a task) a partition may have no instance
 * answering for it, or two, and a timeline missing a partition would look complete. Such an
 * answer is a 503 with {@code Retry-After}, never a partial one.
 */
final class ClusterQueries {

  static final int MAX_LIST = 1000;
  /** The field of a {@code scope=local} answer listing the partitions it was read from. */
  static final String PARTITIONS = "partitions";

  private final KafkaStreams timeline;
  private final KafkaStreams actorViews;
  private final HostInfo self;
  private final LocalStores local;
  private final RemoteInstances remote;
  private final ToIntFunction<String> partitionsOf;

  /**
   * Queries over {@code timeline} and {@code actorViews}; {@code partitionsOf} gives the number of
   * partitions of a store (0 when unknown: the answer is then not checked for coverage).
   */
  ClusterQueries(KafkaStreams timeline, KafkaStreams actorViews, HostInfo self, RemoteInstances remote,
      ToIntFunction<String> partitionsOf) {
    this.partitionsOf = partitionsOf;
    this.timeline = timeline;
    this.actorViews = actorViews;
    this.self = self;
    this.local = new LocalStores(timeline, actorViews);
    this.remote = remote;
  }

  /** A page of the timeline: {@code {entries, next}}. */
  ObjectNode timeline(ApiRequest request, TimelineFilter filter) {
    List<JsonNode> entries = new ArrayList<>();
    Set<Integer> answered = new TreeSet<>();
    local.timeline(filter, answered).forEach(e -> entries.add(ApiJson.entry(e)));
    if (request.localOnly()) {
      return withPartitions(page(entries, filter.limit()), answered);
    }
    for (HostInfo host : others(timeline, StoreNames.TIMELINE_ORDER)) {
      JsonNode part = remote.get(host, "/api/timeline", filter.params());
      cover(answered, part, StoreNames.TIMELINE_ORDER, host);
      part.path("entries").forEach(entries::add);
    }
    requireEveryPartition(answered, StoreNames.TIMELINE_ORDER);
    entries.sort(Comparator.comparing((JsonNode e) -> e.path("sortKey").asText()));
    return page(entries, filter.limit());
  }

  /** {@code answer} with the partitions it was read from, for the instance that merges the parts. */
  private static ObjectNode withPartitions(ObjectNode answer, Set<Integer> answered) {
    ArrayNode partitions = answer.putArray(PARTITIONS);
    answered.forEach(partitions::add);
    return answer;
  }

  /** Adds the partitions {@code host} read to {@code answered}; a 503 when one was already read elsewhere. */
  private static void cover(Set<Integer> answered, JsonNode part, String store, HostInfo host) {
    for (JsonNode partition : part.path(PARTITIONS)) {
      if (!answered.add(partition.asInt())) {
        throw ApiException.unavailable("partition " + partition.asInt() + " of " + store + " is answered by two instances"
            + " (" + host.host() + ":" + host.port() + " and another) while they rebalance; retry");
      }
    }
  }

  /** A 503 unless {@code answered} holds every partition of {@code store}. */
  private void requireEveryPartition(Set<Integer> answered, String store) {
    int partitions = partitionsOf.applyAsInt(store);
    if (answered.size() < partitions) {
      Set<Integer> missing = new TreeSet<>();
      for (int p = 0; p < partitions; p++) {
        if (!answered.contains(p)) {
          missing.add(p);
        }
      }
      throw ApiException.unavailable("partitions " + missing + " of " + store + " have no instance answering for them"
          + " right now (an instance was lost, or one is restoring them); retry");
    }
  }

  /** {@code entries} (in timeline order) cut to {@code limit}, with the cursor of the next page if it is full. */
  static ObjectNode page(List<? extends JsonNode> entries, int limit) {
    ObjectNode page = ApiJson.object();
    ArrayNode array = page.putArray("entries");
    entries.stream().limit(limit).forEach(array::add);
    page.put("next", entries.size() >= limit ? TimelineFilter.cursorOf(entries.get(limit - 1).path("sortKey").asText()) : null);
    return page;
  }

  /**
   * Entry {@code id} with its sources and evidence, and its revision history: {@code {entry,
   * history}}, the entry null once it left the timeline; 404 when no instance knows it.
   */
  ObjectNode entry(ApiRequest request, String id) {
    Set<Integer> answered = new TreeSet<>();
    LocalStores.Found found = local.entry(id, answered);
    if (found != null) {
      ObjectNode node = ApiJson.object();
      node.set("entry", found.entry() == null ? null : ApiJson.entry(found.entry()));
      ArrayNode history = node.putArray("history");
      found.history().forEach(r -> history.addObject().put("revision", r.getRevision()).put("reason", r.getReason())
          .put("causeEventId", r.getCauseEventId()));
      return node;
    }
    if (request.localOnly()) {
      throw new ApiException(404, "no timeline entry '" + id + "' here", answered);
    }
    for (HostInfo host : others(timeline, StoreNames.ENTRIES)) {
      try {
        return (ObjectNode) remote.get(host, "/api/entries/" + segment(id), Map.of());
      } catch (ApiException e) {
        if (e.status() != 404) {
          throw e;
        }
        for (int partition : e.partitions()) {
          if (!answered.add(partition)) {
            throw ApiException.unavailable("partition " + partition + " of " + StoreNames.ENTRIES
                + " is answered by two instances while they rebalance; retry");
          }
        }
      }
    }
    requireEveryPartition(answered, StoreNames.ENTRIES); // "no such entry" only once every partition said so
    throw ApiException.notFound("no timeline entry '" + id + "'");
  }

  /**
   * Actor {@code actorId}: {@code {actor, entryCount, entries, next, partners}}, its entries in
   * timeline order after {@code after}; answered by the instance hosting the actor.
   */
  JsonNode actor(ApiRequest request, String actorId, String after, int limit) {
    KeyQueryMetadata metadata = actorViews.queryMetadataForKey(StoreNames.ACTOR_SUMMARIES, actorId, Serdes.String().serializer());
    if (metadata == null || metadata.equals(KeyQueryMetadata.NOT_AVAILABLE)) {
      throw ApiException.unavailable("no instance hosts actor '" + actorId + "' right now (starting or rebalancing); retry");
    }
    if (!request.localOnly() && !metadata.activeHost().equals(self)) {
      Map<String, String> params = new LinkedHashMap<>();
      if (after != null) {
        params.put("after", TimelineFilter.cursorOf(after));
      }
      params.put("limit", Integer.toString(limit));
      return remote.get(metadata.activeHost(), "/api/actors/" + segment(actorId), params);
    }
    int partition = metadata.partition();
    ActorTimeline summary = local.actor(actorId, partition);
    if (summary == null) {
      throw ApiException.notFound("unknown actor '" + actorId + "'");
    }
    ObjectNode node = ApiJson.object();
    node.set("actor", ApiJson.actor(summary.getActor()));
    node.put("entryCount", summary.getEntryCount());
    List<ObjectNode> items = new ArrayList<>();
    for (ActorTimelineItem item : local.actorEntries(actorId, partition, after, limit)) {
      items.add(ApiJson.item(item));
    }
    ObjectNode page = page(items, limit);
    node.set("entries", page.get("entries"));
    node.set("next", page.get("next"));
    List<ActorPartner> partners = local.partners(actorId, partition);
    partners.sort(Comparator.comparingInt(ActorPartner::getSharedEntries).reversed()
        .thenComparing(p -> p.getActor().getId()));
    ArrayNode array = node.putArray("partners");
    partners.forEach(p -> array.addObject().put("sharedEntries", p.getSharedEntries()).set("actor", ApiJson.actor(p.getActor())));
    return node;
  }

  /**
   * Returns when actor {@code actorId} is on the timeline.
   *
   * @throws ApiException 404 when it is not
   */
  void requireActor(String actorId) {
    actor(new ApiRequest("/api/actors/" + segment(actorId), Map.of()), actorId, null, 1);
  }

  /** Actors whose id or name contains {@code search} (any, when null), most entries first: {@code {actors}}. */
  ObjectNode actors(ApiRequest request, String search, int limit) {
    String needle = search == null ? null : search.toLowerCase(Locale.ROOT);
    List<JsonNode> actors = new ArrayList<>();
    Set<Integer> answered = new TreeSet<>();
    for (ActorTimeline summary : local.actors(answered)) {
      Actor actor = summary.getActor();
      if (needle == null || actor.getId().toLowerCase(Locale.ROOT).contains(needle)
          || actor.getName().toLowerCase(Locale.ROOT).contains(needle)) {
        actors.add(ApiJson.actor(actor).put("entryCount", summary.getEntryCount()));
      }
    }
    Map<String, String> params = new LinkedHashMap<>();
    if (search != null) {
      params.put("q", search);
    }
    params.put("limit", Integer.toString(limit));
    gather(request, StoreNames.ACTOR_SUMMARIES, "/api/actors", params, "actors", actors, answered);
    actors.sort(Comparator.comparingLong((JsonNode a) -> -a.path("entryCount").asLong()).thenComparing(a -> a.path("id").asText()));
    return answer(request, list("actors", actors, limit), answered);
  }

  /**
   * The links graph: the {@code limit} links with most shared entries (those of {@code actorId}
   * only, if given), and the actors they join: {@code {nodes, links}}.
   */
  ObjectNode links(ApiRequest request, String actorId, int limit) {
    List<JsonNode> links = new ArrayList<>();
    Set<Integer> answered = new TreeSet<>();
    for (ActorLink link : local.links(answered)) {
      if (actorId == null || link.getActorA().getId().equals(actorId) || link.getActorB().getId().equals(actorId)) {
        links.add(ApiJson.link(link));
      }
    }
    Map<String, String> params = new LinkedHashMap<>();
    if (actorId != null) {
      params.put("actor", actorId);
    }
    params.put("limit", Integer.toString(limit));
    gather(request, StoreNames.ACTOR_LINKS, "/api/links", params, "links", links, answered);
    links.sort(Comparator.comparingInt((JsonNode l) -> -l.path("count").asInt())
        .thenComparing(l -> l.path("a").path("id").asText()).thenComparing(l -> l.path("b").path("id").asText()));
    ObjectNode graph = list("links", links, limit);
    Map<String, JsonNode> nodes = new LinkedHashMap<>();
    for (JsonNode link : graph.get("links")) {
      nodes.putIfAbsent(link.path("a").path("id").asText(), link.get("a"));
      nodes.putIfAbsent(link.path("b").path("id").asText(), link.get("b"));
    }
    ArrayNode array = ApiJson.array();
    nodes.values().forEach(array::add);
    graph.set("nodes", array);
    return answer(request, graph, answered);
  }

  /** The {@code limit} latest first links of a pair, newest first: {@code {alerts}}. */
  ObjectNode alerts(ApiRequest request, int limit) {
    List<JsonNode> alerts = new ArrayList<>();
    Set<Integer> answered = new TreeSet<>();
    for (LocalStores.Alerted alerted : local.alerted(answered)) {
      ObjectNode alert = ApiJson.object();
      List<String> ids = QueryableStores.actorsOf(alerted.pairKey());
      alert.put("reportedAt", ApiJson.instant(alerted.reportedAt()));
      if (alerted.link() != null) {
        alert.set("a", ApiJson.actor(alerted.link().getActorA()));
        alert.set("b", ApiJson.actor(alerted.link().getActorB()));
        alert.put("count", alerted.link().getCount());
        alert.put("firstEntryId", alerted.link().getFirstEntryId());
      } else {
        alert.set("a", ApiJson.object().put("id", ids.get(0)));
        alert.set("b", ApiJson.object().put("id", ids.get(1)));
        alert.put("count", 0);
      }
      alerts.add(alert);
    }
    gather(request, StoreNames.ALERTED_PAIRS, "/api/alerts", Map.of("limit", Integer.toString(limit)), "alerts", alerts,
        answered);
    alerts.sort(Comparator.comparing((JsonNode a) -> a.path("reportedAt").asText()).reversed()
        .thenComparing(a -> a.path("a").path("id").asText()).thenComparing(a -> a.path("b").path("id").asText()));
    return answer(request, list("alerts", alerts, limit), answered);
  }

  /** Adds the other instances' parts of the answer to {@code into}, and a 503 unless every partition of {@code store} was read once. */
  private void gather(ApiRequest request, String store, String path, Map<String, String> params, String field,
      List<JsonNode> into, Set<Integer> answered) {
    if (!request.localOnly()) {
      for (HostInfo host : others(actorViews, store)) {
        JsonNode part = remote.get(host, path, params);
        cover(answered, part, store, host);
        part.path(field).forEach(into::add);
      }
      requireEveryPartition(answered, store);
    }
  }

  /** A local answer says which partitions it read; a merged one does not. */
  private static ObjectNode answer(ApiRequest request, ObjectNode answer, Set<Integer> answered) {
    return request.localOnly() ? withPartitions(answer, answered) : answer;
  }

  private static ObjectNode list(String field, List<JsonNode> items, int limit) {
    ObjectNode node = ApiJson.object();
    ArrayNode array = node.putArray(field);
    items.stream().limit(limit).forEach(array::add);
    return node;
  }

  /** The other instances hosting a partition of {@code store}. */
  private List<HostInfo> others(KafkaStreams streams, String store) {
    List<HostInfo> hosts = new ArrayList<>();
    for (StreamsMetadata metadata : streams.streamsMetadataForStore(store)) {
      if (!metadata.hostInfo().equals(self) && !hosts.contains(metadata.hostInfo())) {
        hosts.add(metadata.hostInfo());
      }
    }
    return hosts;
  }

  static String segment(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
