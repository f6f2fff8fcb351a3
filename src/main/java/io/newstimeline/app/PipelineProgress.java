package io.newstimeline.app;

import io.newstimeline.avro.TimelineRevision;
import io.newstimeline.kafka.KafkaClientConfigs;
import io.newstimeline.kafka.StableOffsets;
import io.newstimeline.kafka.TopicCatalog;
import io.newstimeline.topology.TimelineConfig;
import io.newstimeline.view.TopicSnapshot;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Waits until the timeline has absorbed a known set of reports: each report id must show up as
 * the cause of a revision on {@code news.timeline-revisions} (or as the key of a dead letter),
 * and then the per-actor outputs, one repartition later, must stop growing for a short quiet
 * period. An identical re-sent report makes no revision, so a rerun on old data counts the
 * revisions its first run made.
 */
public final class PipelineProgress {

  /** Longer than an actor-timeline flush interval, after which changed views are published. */
  private static final Duration QUIET = TimelineConfig.DEFAULT_VIEW_FLUSH_INTERVAL.plusMillis(1500);
  private static final Duration CHECK_EVERY = Duration.ofMillis(250);

  private final String bootstrapServers;
  private final TopicCatalog topics;
  private final Deserializer<TimelineRevision> revisions;

  public PipelineProgress(String bootstrapServers, TopicCatalog topics, Deserializer<TimelineRevision> revisions) {
    this.bootstrapServers = bootstrapServers;
    this.topics = topics;
    this.revisions = revisions;
  }

  /**
   * Returns once every id of {@code eventIds} is accounted for and the actor outputs are quiet.
   *
   * @throws IllegalStateException naming how many reports are still missing after {@code timeout}
   */
  public void awaitSettled(Set<String> eventIds, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    TopicSnapshot snapshot = new TopicSnapshot(bootstrapServers, timeout);
    Set<String> missing = new HashSet<>(eventIds);
    while (!missing.isEmpty()) {
      snapshot.records(topics.timelineRevisions(), revisions)
          .forEach(r -> missing.remove(r.value().getCauseEventId()));
      snapshot.records(topics.deadLetters(), new ByteArrayDeserializer()).forEach(r -> missing.remove(r.key()));
      if (missing.isEmpty()) {
        break;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(missing.size() + " of " + eventIds.size()
            + " reports were not processed within " + timeout.toSeconds() + " s");
      }
      Thread.sleep(CHECK_EVERY.toMillis());
    }
    awaitQuiet(List.of(topics.actorTimelines(), topics.actorLinks(), topics.linkAlerts()), deadline);
  }

  private void awaitQuiet(List<String> outputs, long deadline) throws InterruptedException {
    try (Admin admin = Admin.create(KafkaClientConfigs.common(bootstrapServers, "news-timeline-progress"))) {
      Set<TopicPartition> partitions = new HashSet<>();
      admin.describeTopics(outputs).allTopicNames().get().forEach((topic, description) ->
          description.partitions().forEach(p -> partitions.add(new TopicPartition(topic, p.partition()))));
      Map<TopicPartition, Long> last = StableOffsets.of(admin, partitions).get();
      long quietSince = System.nanoTime();
      while (System.nanoTime() - quietSince < QUIET.toNanos() && System.nanoTime() < deadline) {
        Thread.sleep(CHECK_EVERY.toMillis());
        Map<TopicPartition, Long> now = StableOffsets.of(admin, partitions).get();
        if (!now.equals(last)) {
          last = now;
          quietSince = System.nanoTime();
        }
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("Cannot read the end offsets of " + outputs + ": " + e.getCause().getMessage(), e);
    }
  }
}
