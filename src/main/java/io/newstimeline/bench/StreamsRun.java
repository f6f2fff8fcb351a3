package io.newstimeline.bench;

import io.newstimeline.app.TimelineApplication;
import io.newstimeline.kafka.GroupProgress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.Topology;

/**
 * One Kafka Streams application under measurement: started on a fresh state directory, timed until
 * its consumer group has committed everything it can see, and closed. Exactly-once, as configured
 * by the properties passed in.
 */
final class StreamsRun implements AutoCloseable {

  static final Duration CHECK_EVERY = Duration.ofMillis(25);
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final TimelineApplication app;
  private final GroupProgress progress;
  private final Path stateDir;
  private final long runningAt;

  private StreamsRun(TimelineApplication app, GroupProgress progress, Path stateDir, long runningAt) {
    this.app = app;
    this.progress = progress;
    this.stateDir = stateDir;
    this.runningAt = runningAt;
  }

  /**
   * Starts {@code topology} as application {@code applicationId} on {@code bootstrapServers} with
   * {@code props} (whose state directory is replaced by a new temporary one) and returns once it is
   * RUNNING.
   */
  static StreamsRun start(String bootstrapServers, Topology topology, String applicationId, Properties props) {
    Path stateDir = temporaryStateDir(applicationId);
    Properties withState = new Properties();
    withState.putAll(props);
    withState.put(org.apache.kafka.streams.StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    TimelineApplication app = TimelineApplication.start(topology, withState, START_TIMEOUT);
    long runningAt = System.nanoTime();
    return new StreamsRun(app, new GroupProgress(bootstrapServers, applicationId, topology), stateDir, runningAt);
  }

  /** nanoTime at which the application reported RUNNING. */
  long runningAt() {
    return runningAt;
  }

  /** Returns the nanoTime at which the application was first seen to have processed everything so far. */
  long awaitCaughtUp(Duration timeout) throws InterruptedException {
    return progress.awaitCaughtUp(CHECK_EVERY, timeout, check -> requireHealthy());
  }

  /**
   * The stream thread metric {@code name} (group {@code stream-thread-metrics}), averaged over the
   * threads; NaN when there is none. Averages and maxima cover the metrics' sample window (two
   * samples of 30 s by default), so read at the end of a run they describe its last minute.
   */
  double threadMetric(String name) {
    return app.streams().metrics().values().stream()
        .filter(metric -> metric.metricName().group().equals("stream-thread-metrics")
            && metric.metricName().name().equals(name))
        .map(metric -> metric.metricValue())
        .filter(Number.class::isInstance)
        .mapToDouble(value -> ((Number) value).doubleValue())
        .average()
        .orElse(Double.NaN);
  }

  /** The application's repartition topics, to delete after the run. */
  java.util.Set<String> internalTopics() {
    return progress.internalTopics();
  }

  private void requireHealthy() {
    if (app.failure() != null) {
      throw new IllegalStateException("Streams application failed: " + app.failure().getMessage(), app.failure());
    }
  }

  /** Closes the application and deletes its state directory. */
  @Override
  public void close() {
    try {
      progress.close();
      app.close();
    } finally {
      try {
        Utils.delete(stateDir.toFile());
      } catch (IOException e) {
        throw new UncheckedIOException("Could not delete state directory " + stateDir, e);
      }
    }
  }

  private static Path temporaryStateDir(String applicationId) {
    try {
      return Files.createTempDirectory("news-timeline-bench-" + applicationId + "-");
    } catch (IOException e) {
      throw new UncheckedIOException("Could not create a state directory", e);
    }
  }
}
