package io.newstimeline.app;

import java.nio.file.Path;
import io.newstimeline.kafka.TopicReplication;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;
import io.newstimeline.topology.TimelineTopology;

/**
 * The Kafka Streams properties of the pipeline's two applications ({@link TimelineTopology}): the
 * timeline stage under the application id given, the actor-view stage under that id plus
 * {@value #ACTOR_VIEWS_SUFFIX}, each with its own consumer group, state and transactions.
 *
 * <p>The timeline stage commits every {@value #TIMELINE_COMMIT_INTERVAL_MS} ms: a report reaches
 * {@code news.timeline} after two exactly-once hops, each visible at a commit, so the interval is
 * most of its latency, and on its own thread the stage has room for the extra commits. The
 * actor-view stage, which does more work per event and writes to ~40 partitions per transaction,
 * keeps {@value #ACTOR_VIEWS_COMMIT_INTERVAL_MS} ms.
 *
 * @param timeline properties of the timeline stage
 * @param actorViews properties of the actor-view stage
 */
public record PipelineProperties(Properties timeline, Properties actorViews) {

  public static final String ACTOR_VIEWS_SUFFIX = "-actor-views";
  /** Prefix of an override meant for the timeline stage only. */
  public static final String TIMELINE_PREFIX = "timeline.";
  /** Prefix of an override meant for the actor-view stage only. */
  public static final String ACTOR_VIEWS_PREFIX = "actor-views.";
  static final int TIMELINE_COMMIT_INTERVAL_MS = 50;
  static final int ACTOR_VIEWS_COMMIT_INTERVAL_MS = 100;

  /**
   * The properties of both stages of application {@code applicationId} on {@code bootstrapServers},
   * with state under {@code stateDir} and dead letters written to {@code deadLetterTopic}.
   */
  public static PipelineProperties of(String applicationId, String bootstrapServers, Path stateDir,
      String deadLetterTopic) {
    Properties timeline = TimelineStreamsConfig.properties(applicationId, bootstrapServers, stateDir, deadLetterTopic);
    timeline.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, TIMELINE_COMMIT_INTERVAL_MS);
    Properties actorViews = TimelineStreamsConfig.properties(applicationId + ACTOR_VIEWS_SUFFIX, bootstrapServers,
        stateDir, deadLetterTopic);
    actorViews.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, ACTOR_VIEWS_COMMIT_INTERVAL_MS);
    return new PipelineProperties(timeline, actorViews);
  }

  /**
   * Both stages with {@code overrides} on top, checked as by
   * {@link TimelineStreamsConfig#withOverrides}; {@code flag} names the option they came from. A
   * key prefixed {@value #TIMELINE_PREFIX} or {@value #ACTOR_VIEWS_PREFIX} applies to that stage
   * only (e.g. {@code actor-views.num.stream.threads=2}), any other to both.
   */
  public PipelineProperties withOverrides(Map<String, String> overrides, String flag) {
    return new PipelineProperties(
        TimelineStreamsConfig.withOverrides(timeline, forStage(overrides, TIMELINE_PREFIX), flag),
        TimelineStreamsConfig.withOverrides(actorViews, forStage(overrides, ACTOR_VIEWS_PREFIX), flag));
  }

  /** The overrides without a stage prefix: those for every application, the stages and any other. */
  public static Map<String, String> common(Map<String, String> overrides) {
    Map<String, String> common = new HashMap<>();
    overrides.forEach((key, value) -> {
      if (!key.startsWith(TIMELINE_PREFIX) && !key.startsWith(ACTOR_VIEWS_PREFIX)) {
        common.put(key, value);
      }
    });
    return common;
  }

  /** The common overrides, with those prefixed {@code prefix} on top, unprefixed: one stage's own win. */
  private static Map<String, String> forStage(Map<String, String> overrides, String prefix) {
    Map<String, String> stage = common(overrides);
    overrides.forEach((key, value) -> {
      if (key.startsWith(prefix)) {
        stage.put(key.substring(prefix.length()), value);
      }
    });
    return stage;
  }

  /** Both stages with {@code key} set to {@code value}, as when the caller owns the setting (a state directory). */
  public PipelineProperties with(String key, Object value) {
    Properties t = new Properties();
    t.putAll(timeline);
    t.put(key, value);
    Properties a = new Properties();
    a.putAll(actorViews);
    a.put(key, value);
    return new PipelineProperties(t, a);
  }

  /**
   * Both stages with their internal topics (changelogs, repartitions) replicated as
   * {@code replication} says, unless a setting of the user's already chose: Kafka Streams' own
   * default leaves the factor to the broker's {@code default.replication.factor}, often 1 on a
   * cluster set up by hand, where losing a broker would then lose state.
   */
  public PipelineProperties withReplication(TopicReplication replication) {
    Properties t = new Properties();
    t.putAll(timeline);
    Properties a = new Properties();
    a.putAll(actorViews);
    for (Properties stage : List.of(t, a)) {
      stage.putIfAbsent(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) replication.factor());
      stage.putIfAbsent(StreamsConfig.topicPrefix(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG),
          replication.minInsyncReplicas());
    }
    return new PipelineProperties(t, a);
  }

  /** The timeline stage's application id, which the actor-view stage's extends. */
  public String applicationId() {
    return timeline.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
  }

  /** The actor-view stage's application id. */
  public String actorViewsApplicationId() {
    return actorViews.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
  }
}
