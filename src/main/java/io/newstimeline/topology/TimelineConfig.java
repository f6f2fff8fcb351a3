package io.newstimeline.topology;

import io.newstimeline.kafka.TopicCatalog;
import java.time.Duration;
import java.util.Objects;
import io.newstimeline.topology.store.StateStoreKind;

/**
 * What the timeline topology is built for: the topic names, the size of the rolling per-actor
 * views, how often changed views are published, and where its state lives.
 *
 * @param topics names of input and output topics
 * @param actorTimelineSize how many entries (the latest by event date) each actor timeline holds
 * @param stateStores the kind of every state store; {@link StateStoreKind#PERSISTENT} in production
 * @param viewFlushInterval how often (wall-clock) the actor timelines changed since the last flush
 *     are published; each is published at most once per interval
 */
public record TimelineConfig(TopicCatalog topics, int actorTimelineSize, StateStoreKind stateStores,
    Duration viewFlushInterval) {

  public static final int DEFAULT_ACTOR_TIMELINE_SIZE = 50;
  /**
   * Once a second: fresh enough for a dashboard, and at replay speed it publishes a busy actor's
   * 50-entry view once per ~1,500 events instead of once per ~150 (docs/BENCHMARKS.md).
   */
  public static final Duration DEFAULT_VIEW_FLUSH_INTERVAL = Duration.ofSeconds(1);

  public TimelineConfig {
    Objects.requireNonNull(topics, "topics");
    Objects.requireNonNull(stateStores, "stateStores");
    Objects.requireNonNull(viewFlushInterval, "viewFlushInterval");
    if (actorTimelineSize < 1) {
      throw new IllegalArgumentException("actorTimelineSize must be at least 1: " + actorTimelineSize);
    }
    if (viewFlushInterval.toMillis() < 1) {
      throw new IllegalArgumentException("viewFlushInterval must be at least 1 ms: " + viewFlushInterval);
    }
  }

  /** {@code topics} and actor timelines of {@code actorTimelineSize} entries, on {@code stateStores}. */
  public TimelineConfig(TopicCatalog topics, int actorTimelineSize, StateStoreKind stateStores) {
    this(topics, actorTimelineSize, stateStores, DEFAULT_VIEW_FLUSH_INTERVAL);
  }

  /** {@code topics} and actor timelines of {@code actorTimelineSize} entries, on persistent stores. */
  public TimelineConfig(TopicCatalog topics, int actorTimelineSize) {
    this(topics, actorTimelineSize, StateStoreKind.PERSISTENT);
  }

  /** The same settings with the topic names of {@code topics}. */
  public TimelineConfig withTopics(TopicCatalog topics) {
    return new TimelineConfig(topics, actorTimelineSize, stateStores, viewFlushInterval);
  }

  /** The same settings with every state store of kind {@code stateStores}. */
  public TimelineConfig withStateStores(StateStoreKind stateStores) {
    return new TimelineConfig(topics, actorTimelineSize, stateStores, viewFlushInterval);
  }

  /** The same settings, publishing changed views every {@code interval}. */
  public TimelineConfig withViewFlushInterval(Duration interval) {
    return new TimelineConfig(topics, actorTimelineSize, stateStores, interval);
  }

  /** The default topics ({@code news.*}), actor timelines of {@value #DEFAULT_ACTOR_TIMELINE_SIZE} entries, persistent stores. */
  public static TimelineConfig defaults() {
    return new TimelineConfig(TopicCatalog.defaults(), DEFAULT_ACTOR_TIMELINE_SIZE);
  }
}
