package io.newstimeline.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newstimeline.app.TimelinePipeline;
import io.newstimeline.audit.AsOfTimeline;
import io.newstimeline.avro.TimelineEntry;
import io.newstimeline.kafka.TopicAdmin;
import io.newstimeline.topology.store.StoreNames;
import io.newstimeline.topology.TimelineConfig;
import io.newstimeline.topology.TimelineSerdes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.streams.state.HostInfo;

/** What the API answers once the pipeline runs: the queries, the live stream and the health of a running pipeline. */
final class TimelineService implements AutoCloseable {

  private final ClusterQueries queries;
  private final LiveStream live;
  private final StageHealth health;
  private final String bootstrapServers;
  private final TimelineConfig config;
  private final TimelineSerdes serdes;
  private final Map<String, Integer> partitions = new ConcurrentHashMap<>();

  TimelineService(TimelinePipeline pipeline, TimelineConfig config, TimelineSerdes serdes, String bootstrapServers,
      HostInfo self) {
    this.bootstrapServers = bootstrapServers;
    this.config = config;
    this.serdes = serdes;
    String timelineId = pipeline.timeline().applicationId();
    String actorViewsId = pipeline.actorViews().applicationId();
    this.queries = new ClusterQueries(pipeline.timeline().streams(), pipeline.actorViews().streams(), self,
        new RemoteInstances(), store -> storePartitions(
            (store.equals(StoreNames.TIMELINE_ORDER) || store.equals(StoreNames.ENTRIES) ? timelineId : actorViewsId)
                + "-" + store + "-changelog"));
    this.live = new LiveStream(bootstrapServers, config.topics().timelineRevisions(), config.topics().linkAlerts(),
        serdes.revision().deserializer(), serdes.linkAlert().deserializer(), 64);
    this.health = new StageHealth(List.of(pipeline.timeline(), pipeline.actorViews()),
        TimelinePipeline.progress(bootstrapServers, config, serdes, pipeline.timeline().applicationId()));
  }

  /**
   * The partitions of a store, read once from its changelog topic, which has one per partition.
   *
   * @throws ApiException 503 while the cluster cannot tell
   */
  private int storePartitions(String changelog) {
    Integer known = partitions.get(changelog);
    if (known != null) {
      return known;
    }
    try (TopicAdmin admin = TopicAdmin.connect(bootstrapServers)) {
      Integer count = admin.partitionCounts(List.of(changelog)).get(changelog);
      if (count == null) {
        throw ApiException.unavailable("topic " + changelog + " does not exist yet; retry");
      }
      partitions.put(changelog, count);
      return count;
    } catch (KafkaException e) {
      throw ApiException.unavailable("cannot read the partitions of " + changelog + ": " + e.getMessage());
    }
  }

  ClusterQueries queries() {
    return queries;
  }

  LiveStream live() {
    return live;
  }

  StageHealth health() {
    return health;
  }

  /** {@code GET /api/timeline}: live from the stores, or as known at {@code asOf}, rebuilt from the reports as {@code audit --as-of} does. */
  JsonNode timeline(ApiRequest request) {
    TimelineFilter filter = TimelineFilter.of(request);
    Instant asOf = request.instant("asOf");
    if (asOf == null) {
      if (filter.actor() != null && !request.localOnly()) {
        queries.requireActor(filter.actor()); // 404 for an unknown actor rather than an empty page
      }
      return queries.timeline(request, filter);
    }
    List<ObjectNode> entries = new ArrayList<>();
    for (TimelineEntry entry : AsOfTimeline.read(bootstrapServers, config.topics().events(), serdes.event().deserializer(),
        Duration.ofSeconds(30), asOf)) {
      if (filter.afterCursor(entry.getSortKey()) && filter.matches(entry)) {
        entries.add(ApiJson.entry(entry));
        if (entries.size() == filter.limit()) {
          break;
        }
      }
    }
    return ClusterQueries.page(entries, filter.limit()).put("asOf", asOf.toString());
  }

  /** Parameters of the actor and list endpoints. */
  static final Set<String> ACTOR_PARAMS = Set.of("after", "limit");
  static final Set<String> LIST_PARAMS = Set.of("q", "actor", "limit");

  @Override
  public void close() {
    live.close();
    health.close();
  }
}
