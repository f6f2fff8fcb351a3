package io.newstimeline.audit;

import io.newstimeline.avro.NewsEvent;
import io.newstimeline.avro.TimelineEntry;
import io.newstimeline.timeline.TimelineModel;
import io.newstimeline.view.TopicSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Rebuilds the timeline as the newsroom knew it at an instant, offline, from the reports on
 * {@code news.events}: only reports whose knowledge time ({@code reportedAt}, the publication time
 * of their article) is at or before that instant count. Uses {@link TimelineModel}, the same
 * identity and merge rules as the topology, so "as of now" equals the live timeline (revision
 * counters aside: offline entries carry revision {@value TimelineModel#OFFLINE_REVISION}).
 */
public final class AsOfTimeline {

  private AsOfTimeline() {}

  /**
   * Returns the timeline entries, in timeline order, that {@code reports} (in log order: later
   * versions of an event id replace earlier ones, a retraction removes it; unreadable (null) and
   * invalid records are skipped) give as of {@code asOf}.
   */
  public static List<TimelineEntry> build(List<NewsEvent> reports, Instant asOf) {
    return TimelineModel.asOf(reports, asOf);
  }

  /**
   * Returns the timeline as of {@code asOf} from every committed report on {@code eventsTopic} at
   * {@code bootstrapServers}, read with {@code events}; records it cannot read (dead letters of
   * the live timeline) are skipped. What {@code audit --as-of} prints and the API's {@code asOf} serves.
   */
  public static List<TimelineEntry> read(String bootstrapServers, String eventsTopic, Deserializer<NewsEvent> events,
      Duration timeout, Instant asOf) {
    Deserializer<NewsEvent> skippingUnreadable = (topic, data) -> {
      try {
        return events.deserialize(topic, data);
      } catch (SerializationException e) {
        return null;
      }
    };
    List<NewsEvent> reports = new TopicSnapshot(bootstrapServers, timeout).records(eventsTopic, skippingUnreadable)
        .stream().map(ConsumerRecord::value).filter(Objects::nonNull).toList();
    return build(reports, asOf);
  }
}
