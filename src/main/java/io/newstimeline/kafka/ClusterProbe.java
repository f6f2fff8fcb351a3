package io.newstimeline.kafka;

import io.newstimeline.UnavailableException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * Whether a Kafka cluster answers: one metadata request, retried with backoff. Commands ask it
 * before they start work, so that a cluster that is down gives one clear line within seconds,
 * rather than each client retrying for a minute with a warning per attempt.
 */
public final class ClusterProbe {

  private static final Duration FIRST_BACKOFF = Duration.ofMillis(250);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(2);
  private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(3);

  private ClusterProbe() {}

  /**
   * Returns once the cluster at {@code bootstrapServers} answers.
   *
   * @throws UnavailableException naming the address when it has not answered within {@code patience}
   */
  public static void require(String bootstrapServers, Duration patience) {
    long deadline = System.nanoTime() + patience.toNanos();
    Duration backoff = FIRST_BACKOFF;
    int attempts = 0;
    String lastError = "no answer";
    try (Admin admin = Admin.create(config(bootstrapServers))) {
      while (true) {
        attempts++;
        try {
          admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) ATTEMPT_TIMEOUT.toMillis()))
              .clusterId().get(ATTEMPT_TIMEOUT.toMillis() + 500, TimeUnit.MILLISECONDS);
          return;
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
          lastError = e.getCause() != null ? e.getCause().getClass().getSimpleName() : "no answer";
        }
        if (System.nanoTime() + backoff.toNanos() > deadline) {
          throw new UnavailableException("Kafka cluster at " + bootstrapServers + " is unreachable (" + attempts
              + " tries in " + patience.toSeconds() + " s, last: " + lastError + ")");
        }
        Thread.sleep(backoff.toMillis());
        backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UnavailableException("Interrupted while reaching the Kafka cluster at " + bootstrapServers, e);
    }
  }

  /**
   * Returns once the cluster at {@code bootstrapServers} answers, however long that takes, handing
   * {@code onWaiting} the seconds waited so far about every {@code reportEvery}.
   */
  public static void await(String bootstrapServers, Duration reportEvery, Consumer<Long> onWaiting)
      throws InterruptedException {
    long started = System.nanoTime();
    while (true) {
      try {
        require(bootstrapServers, reportEvery);
        return;
      } catch (UnavailableException e) {
        if (Thread.currentThread().isInterrupted()) {
          throw new InterruptedException("Interrupted while waiting for the Kafka cluster at " + bootstrapServers);
        }
        onWaiting.accept(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
      }
    }
  }

  private static Map<String, Object> config(String bootstrapServers) {
    Map<String, Object> props = KafkaClientConfigs.common(bootstrapServers, "news-timeline-probe");
    props.put(CommonClientConfigs.RECONNECT_BACKOFF_MS_CONFIG, 100);
    props.put(CommonClientConfigs.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
    props.put(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, (int) ATTEMPT_TIMEOUT.toMillis());
    props.put(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) ATTEMPT_TIMEOUT.toMillis());
    return props;
  }
}
