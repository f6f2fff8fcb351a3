package io.newstimeline.app;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Kafka Streams instance of a topology: started, waited on until it is RUNNING (saying
 * meanwhile what it is waiting for), and closed cleanly. A stream thread that fails on a service it
 * needs (the cluster, the registry) is replaced after a back-off; any other exception shuts the
 * client down (rather than silently replacing the thread) and is reported by {@link #failure()}
 * ({@link ThreadFailurePolicy}).
 */
public final class TimelineApplication implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(TimelineApplication.class);
  /** How often a start-up that is not done yet says where it stands. */
  static final Duration REPORT_EVERY = Duration.ofSeconds(10);

  private final KafkaStreams streams;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private final CountDownLatch running = new CountDownLatch(1);
  private final StartupProgress progress = new StartupProgress();
  private final ThreadFailurePolicy failurePolicy = new ThreadFailurePolicy(System::nanoTime);
  private final String applicationId;
  private long startedAt;
  private boolean loggedRunning;

  private TimelineApplication(Topology topology, Properties props) {
    this.streams = new KafkaStreams(topology, props);
    this.applicationId = props.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
  }

  /**
   * Starts {@code topology} with {@code props} and returns once it is RUNNING.
   *
   * @throws IllegalStateException if it is not running within {@code timeout}, or fails while starting
   */
  public static TimelineApplication start(Topology topology, Properties props, Duration timeout) {
    TimelineApplication app = launch(topology, props);
    app.awaitRunning(timeout);
    return app;
  }

  /** Starts {@code topology} with {@code props} without waiting: see {@link #awaitRunning}. */
  static TimelineApplication launch(Topology topology, Properties props) {
    TimelineApplication app = new TimelineApplication(topology, props);
    app.streams.setGlobalStateRestoreListener(app.progress);
    app.streams.setStateListener((newState, oldState) -> {
      app.progress.onStateChange(newState);
      if (newState == KafkaStreams.State.RUNNING) {
        app.running.countDown();
      }
    });
    app.streams.setUncaughtExceptionHandler(e -> {
      ThreadFailurePolicy.Decision decision = app.failurePolicy.decide(e);
      if (decision.response() == StreamThreadExceptionResponse.REPLACE_THREAD) {
        log.warn("A stream thread of {} failed on a service it needs ({}: {}); starting another in {} s",
            app.applicationId, e.getClass().getSimpleName(), e.getMessage(), decision.delay().toSeconds());
        pause(decision.delay());
        return decision.response();
      }
      log.error("Stream thread of {} failed; shutting the application down", app.applicationId, e);
      app.failure.set(e);
      app.running.countDown();
      return decision.response();
    });
    app.startedAt = System.nanoTime();
    app.streams.start();
    return app;
  }

  /**
   * Returns once the application is RUNNING, logging where it stands every {@link #REPORT_EVERY};
   * otherwise closes it and throws.
   *
   * @throws IllegalStateException if it is not running within {@code timeout} (naming what it was
   *     waiting for), or failed while starting
   */
  void awaitRunning(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!isRunning(Duration.ofNanos(Math.min(REPORT_EVERY.toNanos(), Math.max(0, deadline - System.nanoTime()))))) {
      if (System.nanoTime() >= deadline) {
        throw notRunningAfter(timeout);
      }
      log.info("Starting {}: {}", applicationId, progress());
    }
  }

  /**
   * Whether the application is RUNNING within {@code wait}.
   *
   * @throws IllegalStateException, after closing it, if it failed while starting
   */
  boolean isRunning(Duration wait) {
    try {
      boolean isRunning = running.await(wait.toMillis(), TimeUnit.MILLISECONDS);
      Throwable cause = failure.get();
      if (cause != null) {
        close();
        throw new IllegalStateException("Application " + applicationId + " failed to start: " + cause.getMessage(), cause);
      }
      if (isRunning && !loggedRunning) {
        loggedRunning = true;
        log.info("Application {} running in {} ms", applicationId,
            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt));
      }
      return isRunning;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new IllegalStateException("Interrupted while starting application " + applicationId, e);
    }
  }

  /** Closes the application and returns the error saying what it still waited for after {@code timeout}. */
  IllegalStateException notRunningAfter(Duration timeout) {
    String stuck = progress();
    close();
    return new IllegalStateException("Application " + applicationId + " was not running after "
        + timeout.toSeconds() + " s: " + stuck);
  }

  /** One line on where the application stands: state, tasks, store partitions being restored. */
  String progress() {
    return progress.describe(streams);
  }

  /** Waits on the failed thread itself, which has nothing else to do, before it is replaced. */
  private static void pause(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** The underlying client, for interactive queries. */
  public KafkaStreams streams() {
    return streams;
  }

  /** Its Kafka Streams application id. */
  public String applicationId() {
    return applicationId;
  }

  /** The exception that stopped a stream thread, if any. */
  public Throwable failure() {
    return failure.get();
  }

  /** Asks the application to stop without waiting, so that several can stop at once before {@link #close}. */
  void beginClose() {
    streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
        .withTimeout(Duration.ZERO));
  }

  /**
   * Stops the application and leaves its consumer group, so that other instances take over its
   * tasks at once; a killed instance, which cannot leave, is replaced by its own restart
   * ({@link StaticMembership}).
   */
  @Override
  public void close() {
    streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
        .withTimeout(Duration.ofSeconds(30)));
  }
}
