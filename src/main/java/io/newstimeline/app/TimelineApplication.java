package io.newstimeline.app;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams;
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

  private TimelineApplication(Topology topology, Properties props) {
    this.streams = new KafkaStreams(topology, props);
  }

  /**
   * Starts {@code topology} with {@code props} and returns once it is RUNNING.
   *
   * @throws IllegalStateException if it is not running within {@code timeout}, or fails while starting
   */
  public static TimelineApplication start(Topology topology, Properties props, Duration timeout) {
    TimelineApplication app = new TimelineApplication(topology, props);
    CountDownLatch running = new CountDownLatch(1);
    app.streams.setStateListener((newState, oldState) -> {
      if (newState == KafkaStreams.State.RUNNING) {
        running.countDown();
      }
    });
    app.streams.setUncaughtExceptionHandler(e -> {
      log.error("Stream thread failed; shutting the timeline application down", e);
      app.failure.set(e);
      running.countDown();
      return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    });
    long started = System.nanoTime();
    app.streams.start();
    try {
      if (!running.await(timeout.toMillis(), TimeUnit.MILLISECONDS) || app.failure.get() != null) {
        app.close();
        Throwable cause = app.failure.get();
        throw new IllegalStateException(cause != null
            ? "Timeline application failed to start: " + cause.getMessage()
            : "Timeline application was not running after " + timeout.toSeconds() + " s", cause);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      app.close();
      throw new IllegalStateException("Interrupted while starting the timeline application", e);
    }
    log.info("Timeline application running in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    return app;
  }

  /** The underlying client, for interactive queries. */
  public KafkaStreams streams() {
    return streams;
  }

  /** The exception that stopped a stream thread, if any. */
  public Throwable failure() {
    return failure.get();
  }

  @Override
  public void close() {
    streams.close(Duration.ofSeconds(30));
  }
}
