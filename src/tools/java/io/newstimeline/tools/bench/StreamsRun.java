package io.newstimeline.tools.bench;

import io.newstimeline.app.TimelineApplication;
import io.newstimeline.app.TimelinePipeline;
import io.newstimeline.kafka.GroupProgress;
import io.newstimeline.app.PipelineProperties;
import io.newstimeline.topology.TimelineConfig;
import io.newstimeline.topology.TimelineSerdes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;

/**
 * What is under measurement: one Kafka Streams application, or the timeline's two
 * ({@link TimelinePipeline}), started on a fresh state directory, timed until every consumer group
 * has committed everything it can see, and closed. Exactly-once, as configured by the properties
 * passed in.
 */
final class StreamsRun implements AutoCloseable {

  static final Duration CHECK_EVERY = Duration.ofMillis(25);
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final AutoCloseable apps;
  private final Supplier<Throwable> failure;
  /** The application whose stream thread the latency depends on: the only one, or the timeline stage. */
  private final KafkaStreams measured;
  private final List<GroupProgress> progress;
  private final Path stateDir;
  private final long runningAt;
  private TimelinePipeline pipeline;

  private StreamsRun(AutoCloseable apps, Supplier<Throwable> failure, KafkaStreams measured,
      List<GroupProgress> progress, Path stateDir, long runningAt) {
    this.apps = apps;
    this.failure = failure;
    this.measured = measured;
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
    withState.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    TimelineApplication app = TimelineApplication.start(topology, withState, START_TIMEOUT);
    long runningAt = System.nanoTime();
    return new StreamsRun(app, app::failure, app.streams(),
        List.of(new GroupProgress(bootstrapServers, applicationId, topology)), stateDir, runningAt);
  }

  /**
   * Starts both stages of the timeline of {@code config} with {@code props} (state in a new
   * temporary directory) and returns once both are RUNNING.
   */
  static StreamsRun startPipeline(String bootstrapServers, TimelineConfig config, TimelineSerdes serdes,
      PipelineProperties props) {
    Path stateDir = temporaryStateDir(props.applicationId());
    PipelineProperties withState = props.with(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    TimelinePipeline pipeline = TimelinePipeline.start(config, serdes, withState, START_TIMEOUT);
    long runningAt = System.nanoTime();
    StreamsRun run = new StreamsRun(pipeline, pipeline::failure, pipeline.timeline().streams(),
        TimelinePipeline.progress(bootstrapServers, config, serdes, props.applicationId()), stateDir, runningAt);
    run.pipeline = pipeline;
    return run;
  }

  /** The running pipeline, when this run is one ({@link #startPipeline}); null for a single application. */
  TimelinePipeline pipeline() {
    return pipeline;
  }

  /** nanoTime at which the application (both, for the pipeline) reported RUNNING. */
  long runningAt() {
    return runningAt;
  }

  /**
   * Returns the nanoTime at which the applications were first seen to have processed everything
   * so far (the last of them, in pipeline order).
   */
  long awaitCaughtUp(Duration timeout) throws InterruptedException {
    return TimelinePipeline.awaitCaughtUp(progress, CHECK_EVERY, timeout, check -> requireHealthy());
  }

  /**
   * The stream thread metric {@code name} (group {@code stream-thread-metrics}) of the measured
   * application, averaged over its threads; NaN when there is none. Averages and maxima cover the
   * metrics' sample window (two samples of 30 s by default), so read at the end of a run they
   * describe its last minute.
   */
  double threadMetric(String name) {
    return measured.metrics().values().stream()
        .filter(metric -> metric.metricName().group().equals("stream-thread-metrics")
            && metric.metricName().name().equals(name))
        .map(metric -> metric.metricValue())
        .filter(Number.class::isInstance)
        .mapToDouble(value -> ((Number) value).doubleValue())
        .average()
        .orElse(Double.NaN);
  }

  private void requireHealthy() {
    if (failure.get() != null) {
      throw new IllegalStateException("Streams application failed: " + failure.get().getMessage(), failure.get());
    }
  }

  /** Closes the applications and deletes their state directory. */
  @Override
  public void close() {
    try {
      progress.forEach(GroupProgress::close);
      apps.close();
    } catch (Exception e) {
      throw new IllegalStateException("Could not close the applications: " + e.getMessage(), e);
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
