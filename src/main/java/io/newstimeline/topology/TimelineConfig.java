package io.newstimeline.topology;

import io.newstimeline.kafka.TopicCatalog;
import java.util.Objects;

/**
 * What the timeline topology is built for: the topic names, the size of the rolling per-actor
 * views, and where its state lives.
 *
 * @param topics names of input and output topics
 * @param actorTimelineSize how many entries (the latest by event date) each actor timeline holds
 * @param stateStores the kind of every state store; {@link StateStoreKind#PERSISTENT} in production
 */
public record TimelineConfig(TopicCatalog topics, int actorTimelineSize, StateStoreKind stateStores) {

  public static final int DEFAULT_ACTOR_TIMELINE_SIZE = 50;

  public TimelineConfig {
    Objects.requireNonNull(topics, "topics");
    Objects.requireNonNull(stateStores, "stateStores");
    if (actorTimelineSize < 1) {
      throw new IllegalArgumentException("actorTimelineSize must be at least 1: " + actorTimelineSize);
    }
  }

  /** {@code topics} and actor timelines of {@code actorTimelineSize} entries, on persistent stores. */
  public TimelineConfig(TopicCatalog topics, int actorTimelineSize) {
    this(topics, actorTimelineSize, StateStoreKind.PERSISTENT);
  }

  /** The same settings with the topic names of {@code topics}. */
  public TimelineConfig withTopics(TopicCatalog topics) {
    return new TimelineConfig(topics, actorTimelineSize, stateStores);
  }

  /** The same settings with every state store of kind {@code stateStores}. */
  public TimelineConfig withStateStores(StateStoreKind stateStores) {
    return new TimelineConfig(topics, actorTimelineSize, stateStores);
  }

  /** The default topics ({@code news.*}), actor timelines of {@value #DEFAULT_ACTOR_TIMELINE_SIZE} entries, persistent stores. */
  public static TimelineConfig defaults() {
    return new TimelineConfig(TopicCatalog.defaults(), DEFAULT_ACTOR_TIMELINE_SIZE);
  }
}
