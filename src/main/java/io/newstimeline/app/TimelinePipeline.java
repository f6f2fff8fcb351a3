package io.newstimeline.app;

import io.newstimeline.kafka.GroupProgress;
import io.newstimeline.kafka.TopicAdmin;
import io.newstimeline.kafka.TopicCatalog;
import io.newstimeline.kafka.TopicSpec;
import io.newstimeline.topology.store.StoreNames;
import io.newstimeline.topology.TimelineConfig;
import io.newstimeline.topology.TimelineSerdes;
import io.newstimeline.topology.TimelineTopology;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
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

  /** Every how many start-up reports a start that is not done says again which transactions are open. */
  static final int TRANSACTION_REPORT_EVERY = 3;

  private final TimelineApplication timeline;
  private final TimelineApplication actorViews;
  private final Duration viewFlushInterval;

  /** The two running stages; package-private so that tests can stand in a failing one. */
  TimelinePipeline(TimelineApplication timeline, TimelineApplication actorViews) {
    this(timeline, actorViews, TimelineConfig.DEFAULT_VIEW_FLUSH_INTERVAL);
  }

  private TimelinePipeline(TimelineApplication timeline, TimelineApplication actorViews, Duration viewFlushInterval) {
    this.timeline = timeline;
    this.actorViews = actorViews;
    this.viewFlushInterval = viewFlushInterval;
  }

  /**
   * Starts both stages of {@code config} with {@code props} and returns once both are RUNNING. Their
   * internal topics are replicated as the application's own ({@link TopicAdmin#replication()})
   * unless {@code props} say otherwise.
   *
   * @throws IllegalStateException if either is not running within {@code timeout}, or fails while starting
   */
  public static TimelinePipeline start(TimelineConfig config, TimelineSerdes serdes, PipelineProperties props,
      Duration timeout) {
    String bootstrapServers = props.timeline().getProperty(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG);
    PipelineProperties replicated;
    try (TopicAdmin admin = TopicAdmin.connect(bootstrapServers)) {
      replicated = props.withReplication(admin.replication());
    }
    try (OpenTransactionsLog transactions = new OpenTransactionsLog(bootstrapServers,
        ours(config.topics(), replicated.applicationId()))) {
      transactions.report();
      return launch(config, serdes, replicated, timeout, transactions);
    }
  }

  private static TimelinePipeline launch(TimelineConfig config, TimelineSerdes serdes, PipelineProperties replicated,
      Duration timeout, OpenTransactionsLog transactions) {
    registerOutputs(config, serdes);
    TimelineApplication timeline = TimelineApplication.launch(TimelineTopology.timeline(config, serdes), replicated.timeline());
    TimelineApplication actorViews;
    try {
      actorViews = TimelineApplication.launch(TimelineTopology.actorViews(config, serdes), replicated.actorViews());
    } catch (RuntimeException e) {
      timeline.close();
      throw e;
    }
    try {
      awaitRunning(List.of(timeline, actorViews), timeout, transactions::report);
    } catch (RuntimeException e) {
      timeline.close();
      actorViews.close();
      throw e;
    }
    return new TimelinePipeline(timeline, actorViews, config.viewFlushInterval());
  }

  /**
   * Returns once no actor awaits the publication of its view, or after a flush interval and a half.
   * A rebalance (a standby being placed, another instance joining) only pauses the wait: the pending
   * views are still published by the punctuation once the stage runs again.
   */
  private void awaitViewsPublished() {
    long deadline = System.nanoTime() + viewFlushInterval.toNanos() * 3 / 2 + Duration.ofMillis(200).toNanos();
    try {
      while (System.nanoTime() < deadline) {
        KafkaStreams.State state = actorViews.streams().state();
        if (state != KafkaStreams.State.RUNNING && state != KafkaStreams.State.REBALANCING) {
          return;
        }
        if (state == KafkaStreams.State.RUNNING && pendingViews() == 0) {
          return;
        }
        Thread.sleep(20);
      }
      log.info("Actor views changed last are published by the next start: still pending after {} ms",
          viewFlushInterval.toMillis() * 3 / 2);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Actors whose view awaits publication, or -1 while the store cannot be read (its task is moving). */
  private long pendingViews() {
    try {
      ReadOnlyKeyValueStore<String, Long> dirty = actorViews.streams().store(
          StoreQueryParameters.fromNameAndType(StoreNames.DIRTY_ACTORS, QueryableStoreTypes.<String, Long>keyValueStore()));
      return dirty.approximateNumEntries();
    } catch (InvalidStateStoreException e) {
      return -1;
    }
  }

  /**
   * Registers the schemas of the public outputs before the stages start, so that a registry outage
   * while they run holds up nothing: the state path needs no registry. A registry that is away or
   * refuses a schema now only defers this to each topic's first record, where it is reported as before.
   */
  private static void registerOutputs(TimelineConfig config, TimelineSerdes serdes) {
    try {
      serdes.registerOutputs(config.topics());
    } catch (KafkaException e) {
      log.warn("Output schemas not registered yet, each will be on its topic's first record: {}", e.getMessage());
    }
  }

  /**
   * Returns once every stage is RUNNING, logging every {@link TimelineApplication#REPORT_EVERY}
   * where each of the others stands (state, tasks, stores being restored), and running
   * {@code reportTransactions} every {@link #TRANSACTION_REPORT_EVERY} reports: a stage that waits on
   * a committed offset or a restore waits on the transactions open there.
   *
   * @throws IllegalStateException naming each stage still starting after {@code timeout} and what it waits for
   */
  private static void awaitRunning(List<TimelineApplication> stages, Duration timeout, Runnable reportTransactions) {
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
      if (reports % TRANSACTION_REPORT_EVERY == 0) {
        reportTransactions.run();
      }
    }
  }

  /** Whether a topic is the pipeline's: one of {@code topics} or an internal topic of its stages. */
  public static Predicate<String> ours(TopicCatalog topics, String applicationId) {
    Set<String> named = topics.all().stream().map(TopicSpec::name).collect(Collectors.toSet());
    return topic -> named.contains(topic) || topic.startsWith(applicationId + "-");
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

  /**
   * Stops both stages and waits for both. The actor-view stage first publishes the actor timelines
   * changed since its last flush (at most one flush interval): otherwise a stop right after a burst
   * would leave the live views behind what the stage has processed until its next start, and two
   * runs of the same reports would differ by when each was stopped.
   */
  @Override
  public void close() {
    timeline.beginClose();
    awaitViewsPublished();
    actorViews.beginClose();
    try {
      timeline.close();
    } finally {
      actorViews.close();
    }
  }
}
