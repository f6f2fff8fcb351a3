package io.newstimeline.topology;

import io.newstimeline.kafka.TopicCatalog;

/**
 * What the timeline topology is built for: the topic names and the size of the rolling
 * per-actor views.
 *
 * @param topics names of input and output topics
 * @param actorTimelineSize how many entries (the latest by event date) each actor timeline holds
 */
public record TimelineConfig(TopicCatalog topics, int actorTimelineSize) {

  public static final int DEFAULT_ACTOR_TIMELINE_SIZE = 50;

  public TimelineConfig {
    if (actorTimelineSize < 1) {
      throw new IllegalArgumentException("actorTimelineSize must be at least 1: " + actorTimelineSize);
    }
  }

  /** The same settings with the topic names of {@code topics}. */
  public TimelineConfig withTopics(TopicCatalog topics) {
    return new TimelineConfig(topics, actorTimelineSize);
  }

  /** The default topics ({@code news.*}) and actor timelines of {@value #DEFAULT_ACTOR_TIMELINE_SIZE} entries. */
  public static TimelineConfig defaults() {
    return new TimelineConfig(TopicCatalog.defaults(), DEFAULT_ACTOR_TIMELINE_SIZE);
  }
}
