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
import org.apache.kafka.common.errors.AuthenticationException;

/**
 * Whether a Kafka cluster answers: one metadata request, retried with backoff. Commands ask it
 * before they start work, so that a cluster that is down gives one clear line within seconds,
 * rather than each client retrying for a minute with a warning per attempt.
 */
public final class ClusterProbe {

  private ClusterProbe() {}

  /**
   * Returns once the cluster at {@code bootstrapServers} answers. The client reconnects with
   * backoff (100 ms doubling to 1 s) meanwhile; a slow but live broker gets the whole
   * {@code patience} to answer.
   *
   * @throws UnavailableException naming the address when it has not answered within {@code patience}
   */
  public static void require(String bootstrapServers, Duration patience) {
    int millis = (int) patience.toMillis();
    try (Admin admin = Admin.create(config(bootstrapServers, millis))) {
      admin.describeCluster(new DescribeClusterOptions().timeoutMs(millis)).clusterId()
          .get(millis + 1000L, TimeUnit.MILLISECONDS);
    } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
      if (e.getCause() instanceof AuthenticationException refused) {
        throw refused; // there, but refusing these credentials: retrying will not help, and the CLI says so
      }
      throw new UnavailableException("Kafka cluster at " + bootstrapServers + " is unreachable (no answer in "
          + patience.toSeconds() + " s)", e);
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

  private static Map<String, Object> config(String bootstrapServers, int timeoutMillis) {
    Map<String, Object> props = KafkaClientConfigs.common(bootstrapServers, "news-timeline-probe");
    props.put(CommonClientConfigs.RECONNECT_BACKOFF_MS_CONFIG, 100);
    props.put(CommonClientConfigs.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
    props.put(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, timeoutMillis);
    props.put(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMillis);
    return props;
  }
}
