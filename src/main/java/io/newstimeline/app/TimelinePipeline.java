package io.newstimeline.app;

import io.newstimeline.kafka.GroupProgress;
import io.newstimeline.kafka.HangingTransactions;
import io.newstimeline.kafka.TopicCatalog;
import io.newstimeline.kafka.TopicSpec;
import io.newstimeline.topology.TimelineConfig;
import io.newstimeline.topology.TimelineSerdes;
import io.newstimeline.topology.TimelineTopology;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The timeline's two Kafka Streams applications running together: the timeline stage and the
 * actor-view stage that reads its revisions ({@link TimelineTopology}). Started together, reported
 * failed when either fails, and closed together.
 */
public final class TimelinePipeline implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(TimelinePipeline.class);
  /**
   * How long a serving command lets its pipeline start: generous, because rebuilding the state of
   * a long history after a crash takes time, and the wait says every few seconds what it is doing.
   */
  public static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(10);

  /** Every how many start-up reports a start that is not done looks for hanging transactions again. */
  static final int HANGING_CHECK_EVERY = 3;

  private final TimelineApplication timeline;
  private final TimelineApplication actorViews;

  /** The two running stages; package-private so that tests can stand in a failing one. */
  TimelinePipeline(TimelineApplication timeline, TimelineApplication actorViews) {
    this.timeline = timeline;
    this.actorViews = actorViews;
  }

  /**
   * Starts both stages of {@code config} with {@code props} and returns once both are RUNNING.
   *
   * @throws IllegalStateException if either is not running within {@code timeout}, or fails while starting
   */
  public static TimelinePipeline start(TimelineConfig config, TimelineSerdes serdes, PipelineProperties props,
      Duration timeout) {
    String bootstrapServers = props.timeline().getProperty(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG);
    Runnable abortHanging = () -> abortHangingTransactions(bootstrapServers, config.topics(), props.applicationId());
    abortHanging.run();
    TimelineApplication timeline = TimelineApplication.launch(TimelineTopology.timeline(config, serdes), props.timeline());
    TimelineApplication actorViews;
    try {
      actorViews = TimelineApplication.launch(TimelineTopology.actorViews(config, serdes), props.actorViews());
    } catch (RuntimeException e) {
      timeline.close();
      throw e;
    }
    try {
      awaitRunning(List.of(timeline, actorViews), timeout, abortHanging);
    } catch (RuntimeException e) {
      timeline.close();
      actorViews.close();
      throw e;
    }
    return new TimelinePipeline(timeline, actorViews);
  }

  /**
   * Returns once every stage is RUNNING, logging every {@link TimelineApplication#REPORT_EVERY}
   * where each of the others stands (state, tasks, stores being restored), and running
   * {@code abortHanging} again every {@link #HANGING_CHECK_EVERY} reports: a restore that waits on a
   * transaction no one will end is freed rather than left to the time-out.
   *
   * @throws IllegalStateException naming each stage still starting after {@code timeout} and what it waits for
   */
  private static void awaitRunning(List<TimelineApplication> stages, Duration timeout, Runnable abortHanging) {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (int reports = 1; ; reports++) {
      long sliceEnd = Math.min(deadline, System.nanoTime() + TimelineApplication.REPORT_EVERY.toNanos());
      List<TimelineApplication> starting = new ArrayList<>();
      for (TimelineApplication stage : stages) {
        if (!stage.isRunning(Duration.ofNanos(Math.max(0, sliceEnd - System.nanoTime())))) {
          starting.add(stage);
        }
      }
      if (starting.isEmpty()) {
        return;
      }
      if (System.nanoTime() >= deadline) {
        throw new IllegalStateException(starting.stream()
            .map(stage -> stage.applicationId() + " " + stage.progress())
            .collect(Collectors.joining("; and ", "Not running after " + timeout.toSeconds() + " s: ", "")));
      }
      starting.forEach(stage -> log.info("Starting {}: {}", stage.applicationId(), stage.progress()));
      if (reports % HANGING_CHECK_EVERY == 0) {
        abortHanging.run();
      }
    }
  }

  /**
   * Aborts the hanging transactions on the pipeline's partitions: those of
   * {@code topics} and the stages' internal topics (named after {@code applicationId}). A stage
   * restoring a store from a changelog whose last stable offset is held by such a transaction would
   * wait for it forever ({@link HangingTransactions}).
   */
  static void abortHangingTransactions(String bootstrapServers, TopicCatalog topics, String applicationId) {
    Set<String> named = topics.all().stream().map(TopicSpec::name).collect(Collectors.toSet());
    HangingTransactions.abortAtStartup(bootstrapServers,
        topic -> named.contains(topic) || topic.startsWith(applicationId + "-"));
  }

  /**
   * The progress of each stage's consumer group, in pipeline order, for the pipeline whose
   * timeline stage is application {@code applicationId}. The actor-view stage has caught up only
   * once it has read what the timeline stage wrote after catching up itself, so callers wait on
   * them one after the other ({@link #awaitCaughtUp}).
   */
  public static List<GroupProgress> progress(String bootstrapServers, TimelineConfig config, TimelineSerdes serdes,
      String applicationId) {
    Topology timeline = TimelineTopology.timeline(config, serdes);
    Topology actorViews = TimelineTopology.actorViews(config, serdes);
    GroupProgress first = new GroupProgress(bootstrapServers, applicationId, timeline);
    try {
      return List.of(first,
          new GroupProgress(bootstrapServers, applicationId + PipelineProperties.ACTOR_VIEWS_SUFFIX, actorViews));
    } catch (RuntimeException e) {
      first.close();
      throw e;
    }
  }

  /**
   * Waits until every stage of {@code stages} (from {@link #progress}) has processed everything,
   * one after the other, handing each check to {@code onCheck}; returns the nanoTime at which the
   * last one was, or {@link GroupProgress#ALREADY_CAUGHT_UP} if all were at the first check.
   */
  public static long awaitCaughtUp(List<GroupProgress> stages, Duration checkEvery, Duration timeout,
      Consumer<GroupProgress.Check> onCheck) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    long caughtUp = GroupProgress.ALREADY_CAUGHT_UP;
    for (GroupProgress stage : stages) {
      long at = stage.awaitCaughtUp(checkEvery, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())), onCheck);
      if (at != GroupProgress.ALREADY_CAUGHT_UP) {
        caughtUp = at;
      }
    }
    return caughtUp;
  }

  /**
   * Waits as {@link #awaitCaughtUp(List, Duration, Duration, Consumer)} on the stages of the
   * pipeline whose timeline stage is {@code applicationId}, opening and closing their progress here.
   */
  public static long awaitCaughtUp(String bootstrapServers, TimelineConfig config, TimelineSerdes serdes,
      String applicationId, Duration checkEvery, Duration timeout, Consumer<GroupProgress.Check> onCheck)
      throws InterruptedException {
    List<GroupProgress> stages = progress(bootstrapServers, config, serdes, applicationId);
    try {
      return awaitCaughtUp(stages, checkEvery, timeout, onCheck);
    } finally {
      stages.forEach(GroupProgress::close);
    }
  }

  /** Each stage's application id and state, e.g. for a report while the cluster is away. */
  public String states() {
    return timeline.applicationId() + " " + timeline.streams().state() + ", " + actorViews.applicationId() + " "
        + actorViews.streams().state();
  }

  /** The timeline stage. */
  public TimelineApplication timeline() {
    return timeline;
  }

  /** The actor-view stage. */
  public TimelineApplication actorViews() {
    return actorViews;
  }

  /** The exception that stopped a stream thread of either stage, if any. */
  public Throwable failure() {
    return timeline.failure() != null ? timeline.failure() : actorViews.failure();
  }

  /**
   * Throws if a stage has stopped on an error: each stage shuts down alone (its own Kafka Streams
   * client), and half a pipeline must not go on serving as if whole, e.g. a timeline whose actor
   * views have silently stopped.
   *
   * @throws IllegalStateException naming the stage's application id and its error
   */
  public void requireHealthy() {
    for (TimelineApplication stage : List.of(timeline, actorViews)) {
      Throwable failure = stage.failure();
      if (failure != null) {
        throw new IllegalStateException("Application '" + stage.applicationId() + "' stopped on an error: "
            + failure.getMessage(), failure);
      }
    }
  }

  /** Stops both stages at once and waits for both. */
  @Override
  public void close() {
    timeline.beginClose();
    actorViews.beginClose();
    try {
      timeline.close();
    } finally {
      actorViews.close();
    }
  }
}
