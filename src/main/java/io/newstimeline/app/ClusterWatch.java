package io.newstimeline.app;

import io.newstimeline.UnavailableException;
import io.newstimeline.kafka.ClusterProbe;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says when the Kafka cluster of a running pipeline stops answering and when it is back, with
 * the stages' states, rather than leave the operator with the clients' retry warnings. The
 * stages themselves wait and resume (Kafka clients retry; see {@link TimelineApplication}).
 */
public final class ClusterWatch implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ClusterWatch.class);
  private static final Duration CHECK_EVERY = Duration.ofSeconds(5);
  private static final Duration PATIENCE = Duration.ofSeconds(8);

  private final String bootstrapServers;
  private final Supplier<String> states;
  private final Thread thread;
  private volatile boolean closed;

  private ClusterWatch(String bootstrapServers, Supplier<String> states) {
    this.bootstrapServers = bootstrapServers;
    this.states = states;
    this.thread = new Thread(this::watch, "news-timeline-cluster-watch");
    this.thread.setDaemon(true);
  }

  /** Starts watching the cluster at {@code bootstrapServers}; {@code states} describes the stages for each report. */
  public static ClusterWatch start(String bootstrapServers, Supplier<String> states) {
    ClusterWatch watch = new ClusterWatch(bootstrapServers, states);
    watch.thread.start();
    return watch;
  }

  private void watch() {
    long downSince = 0;
    long lastReport = 0;
    while (!closed) {
      try {
        ClusterProbe.require(bootstrapServers, PATIENCE);
        if (downSince != 0) {
          log.info("Kafka cluster at {} is back after {} s; {}", bootstrapServers,
              TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - downSince), states.get());
          downSince = 0;
        }
      } catch (UnavailableException e) {
        if (closed) {
          return;
        }
        long now = System.nanoTime();
        if (downSince == 0) {
          downSince = now;
          lastReport = now;
          log.warn("Kafka cluster at {} is unreachable; the stages wait for it ({})", bootstrapServers, states.get());
        } else if (now - lastReport >= Duration.ofSeconds(30).toNanos()) {
          lastReport = now;
          log.warn("Kafka cluster at {} unreachable for {} s; {}", bootstrapServers,
              TimeUnit.NANOSECONDS.toSeconds(now - downSince), states.get());
        }
      }
      try {
        Thread.sleep(CHECK_EVERY.toMillis());
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    thread.interrupt();
  }
}
