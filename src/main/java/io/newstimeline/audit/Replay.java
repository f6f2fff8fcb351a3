package io.newstimeline.audit;

import io.newstimeline.app.TimelinePipeline;
import io.newstimeline.avro.TimelineEntry;
import io.newstimeline.kafka.GroupProgress;
import io.newstimeline.kafka.TopicAdmin;
import io.newstimeline.kafka.TopicCatalog;
import io.newstimeline.app.PipelineProperties;
import io.newstimeline.topology.TimelineConfig;
import io.newstimeline.topology.TimelineSerdes;
import io.newstimeline.app.TimelineStreamsConfig;
import io.newstimeline.view.TopicSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An audit replay: rebuilds every output of the timeline from {@code news.events}, from offset 0,
 * under a separate application id and output prefix (so it never touches the live outputs or
 * re-alerts on the live alert topic), waits until it has processed everything, then compares the
 * digest of the rebuilt timeline with the live one's.
 *
 * <p>The live timeline is read as it is when the replay has finished: for the comparison to mean
 * anything, the live application must have caught up with the same events.
 */
public final class Replay {

  private static final Logger log = LoggerFactory.getLogger(Replay.class);
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
  private static final Duration CHECK_EVERY = Duration.ofMillis(200);
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

  /** What a replay rebuilt, next to the live timeline. */
  public record Result(String outputPrefix, Duration took, String timeline, int entries, String digest,
      String liveTimeline, int liveEntries, String liveDigest) {

    /** Whether the rebuilt timeline says exactly what the live one says. */
    public boolean matches() {
      return digest.equals(liveDigest);
    }
  }

  private Replay() {}

  /** The application id of a replay into {@code outputPrefix}: the live one's, suffixed, so it has its own offsets and state. */
  public static String applicationId(String outputPrefix) {
    return TimelineStreamsConfig.DEFAULT_APPLICATION_ID + "-" + outputPrefix.replaceAll("[^A-Za-z0-9_-]", "");
  }

  /**
   * Replays {@code live}'s events into topics under {@code outputPrefix} on {@code bootstrapServers}
   * and returns both digests. Every check of the replay's progress is handed to {@code onProgress}.
   *
   * @throws IllegalStateException when the replay fails or has not finished within {@code timeout}
   */
  public static Result run(String bootstrapServers, TimelineSerdes serdes, TopicCatalog live, String outputPrefix,
      Duration timeout, Consumer<GroupProgress.Check> onProgress) throws InterruptedException {
    TopicCatalog replay = live.withOutputPrefix(outputPrefix);
    String applicationId = applicationId(outputPrefix);
    try (TopicAdmin admin = TopicAdmin.connect(bootstrapServers)) {
      admin.ensureTopics(replay.outputs());
    }
    TimelineConfig config = TimelineConfig.defaults().withTopics(replay);
    Path stateDir = temporaryStateDir(applicationId);
    PipelineProperties props = PipelineProperties.of(applicationId, bootstrapServers, stateDir, replay.deadLetters());
    long started = System.nanoTime();
    List<GroupProgress> stages = TimelinePipeline.progress(bootstrapServers, config, serdes, applicationId);
    try (TimelinePipeline pipeline = TimelinePipeline.start(config, serdes, props, START_TIMEOUT)) {
      TimelinePipeline.awaitCaughtUp(stages, CHECK_EVERY, timeout, check -> {
        onProgress.accept(check);
        pipeline.requireHealthy();
      });
    } finally {
      stages.forEach(GroupProgress::close);
      delete(stateDir);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    TopicSnapshot snapshot = new TopicSnapshot(bootstrapServers, READ_TIMEOUT);
    Collection<TimelineEntry> rebuilt = snapshot.latest(replay.timeline(), serdes.entry().deserializer()).values();
    Collection<TimelineEntry> current = snapshot.latest(live.timeline(), serdes.entry().deserializer()).values();
    return new Result(outputPrefix, took, replay.timeline(), rebuilt.size(), TimelineDigest.of(rebuilt),
        live.timeline(), current.size(), TimelineDigest.of(current));
  }

  private static Path temporaryStateDir(String applicationId) {
    try {
      return Files.createTempDirectory("news-timeline-" + applicationId + "-");
    } catch (IOException e) {
      throw new UncheckedIOException("Could not create a state directory for the replay", e);
    }
  }

  private static void delete(Path dir) {
    try {
      Utils.delete(dir.toFile());
    } catch (IOException e) {
      log.warn("Could not delete the replay's state directory {}: {}", dir, e.toString());
    }
  }
}
