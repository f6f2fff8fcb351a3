package io.newstimeline.app;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Kafka Streams instance of a topology: started, waited on until it is RUNNING, and
 * closed cleanly. An unexpected exception in a stream thread shuts the client down (rather than
 * silently replacing the thread) and is reported by {@link #failure()}.
 */
public final class TimelineApplication implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(TimelineApplication.class);

  private final KafkaStreams streams;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private final CountDownLatch running = new CountDownLatch(1);
  private final String applicationId;
  private long startedAt;

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
    app.streams.setStateListener((newState, oldState) -> {
      if (newState == KafkaStreams.State.RUNNING) {
        app.running.countDown();
      }
    });
    app.streams.setUncaughtExceptionHandler(e -> {
      log.error("Stream thread failed; shutting the application down", e);
      app.failure.set(e);
      app.running.countDown();
      return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    });
    app.startedAt = System.nanoTime();
    app.streams.start();
    return app;
  }

  /**
   * Returns once the application is RUNNING; otherwise closes it and throws.
   *
   * @throws IllegalStateException if it is not running within {@code timeout}, or failed while starting
   */
  void awaitRunning(Duration timeout) {
    try {
      if (!running.await(timeout.toMillis(), TimeUnit.MILLISECONDS) || failure.get() != null) {
        close();
        Throwable cause = failure.get();
        throw new IllegalStateException(cause != null
            ? "Application " + applicationId + " failed to start: " + cause.getMessage()
            : "Application " + applicationId + " was not running after " + timeout.toSeconds() + " s", cause);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new IllegalStateException("Interrupted while starting application " + applicationId, e);
    }
    log.info("Application {} running in {} ms", applicationId, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt));
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
    streams.close(Duration.ZERO);
  }

  @Override
  public void close() {
    streams.close(Duration.ofSeconds(30));
  }
}
