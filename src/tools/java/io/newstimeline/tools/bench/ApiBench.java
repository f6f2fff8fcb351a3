package io.newstimeline.tools.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newstimeline.avro.NewsEvent;
import io.newstimeline.producer.EventLoader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.newstimeline.producer.SyntheticStory;

/**
 * Times the query API and the live stream of a running pipeline: the response time of timeline
 * and actor pages (one client, requests one after the other, keep-alive), and the time from
 * sending a report to receiving its timeline change on {@code /api/stream} at a steady rate. Both
 * clocks are this JVM's {@code nanoTime}; client and server share the machine.
 */
final class ApiBench {

  private static final Logger log = LoggerFactory.getLogger(ApiBench.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Percentiles of a set of durations, in milliseconds. */
  record Percentiles(int count, double p50, double p99, double max) {

    static Percentiles of(List<Long> nanos) {
      List<Long> sorted = new ArrayList<>(nanos);
      Collections.sort(sorted);
      if (sorted.isEmpty()) {
        return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN);
      }
      return new Percentiles(sorted.size(), ms(sorted.get((int) Math.floor(0.50 * (sorted.size() - 1)))),
          ms(sorted.get((int) Math.ceil(0.99 * (sorted.size() - 1)))), ms(sorted.get(sorted.size() - 1)));
    }

    private static double ms(long nanos) {
      return Math.round(nanos / 1e4) / 100.0;
    }
  }

  /** The stream's latencies and how many counted reports never showed up on it. */
  record StreamResult(Percentiles latency, int missing) {}

  private final URI base;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  ApiBench(URI base) {
    this.base = base;
  }

  /** Requests each of {@code paths} in turn ({@code warmup} uncounted first) and returns their response times. */
  Percentiles pages(List<String> paths, int warmup) throws InterruptedException {
    for (int i = 0; i < warmup; i++) {
      get(paths.get(i % paths.size()));
    }
    List<Long> nanos = new ArrayList<>(paths.size());
    for (String path : paths) {
      long start = System.nanoTime();
      get(path);
      nanos.add(System.nanoTime() - start);
    }
    return Percentiles.of(nanos);
  }

  private void get(String path) throws InterruptedException {
    try {
      HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
            + new String(response.body(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new IllegalStateException("GET " + path + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * Sends events {@code [from, from + warmup + counted)} of {@code story} at {@code perSecond}
   * while reading {@code /api/stream}, and times each of the last {@code counted} from just before
   * its send to the arrival of the first timeline change it caused; waits up to {@code drain} for
   * the last ones.
   */
  StreamResult stream(EventLoader loader, SyntheticStory story, String topic, long from, int warmup, int counted,
      int perSecond, Duration drain) throws InterruptedException, IOException {
    Map<String, Long> sent = new ConcurrentHashMap<>();
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch ready = new CountDownLatch(1);
    AtomicBoolean stop = new AtomicBoolean();
    HttpURLConnection connection = (HttpURLConnection) base.resolve("/api/stream").toURL().openConnection();
    connection.setConnectTimeout(5_000);
    Thread reader = new Thread(() -> read(connection, sent, latencies, ready, stop), "bench-live-stream");
    reader.setDaemon(true);
    reader.start();
    if (!ready.await(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("The live stream did not open within 30 s");
    }
    long start = System.nanoTime();
    long gap = 1_000_000_000L / perSecond;
    for (int i = 0; i < warmup + counted; i++) {
      long due = start + i * gap;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      NewsEvent event = story.event(from + i);
      if (i >= warmup) {
        sent.put(event.getId(), System.nanoTime());
      }
      loader.send(topic, event);
    }
    loader.flush();
    long deadline = System.nanoTime() + drain.toNanos();
    while (!sent.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    stop.set(true);
    connection.disconnect();
    reader.join(5_000);
    log.info("Live stream: {} counted reports received, {} missing", latencies.size(), sent.size());
    return new StreamResult(Percentiles.of(latencies), sent.size());
  }

  private static void read(HttpURLConnection connection, Map<String, Long> sent, List<Long> latencies,
      CountDownLatch ready, AtomicBoolean stop) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8))) {
      String event = null;
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("event: ")) {
          event = line.substring(7);
          if (event.equals("ready")) {
            ready.countDown();
          }
        } else if (line.startsWith("data: ") && "revision".equals(event)) {
          long arrived = System.nanoTime();
          JsonNode data = MAPPER.readTree(line.substring(6));
          Long sentAt = sent.remove(data.path("causeEventId").asText());
          if (sentAt != null) {
            latencies.add(arrived - sentAt);
          }
        }
      }
    } catch (IOException e) {
      if (!stop.get()) {
        log.warn("Live stream failed: {}", e.getMessage());
      }
    } finally {
      ready.countDown();
    }
  }

  /** {@code count} timeline pages: the first, then from the days of random story events, as a reader jumping around would. */
  static List<String> timelinePages(SyntheticStory story, long events, int count, long seed) {
    Random random = new Random(seed);
    List<String> paths = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      if (i % 10 == 0) {
        paths.add("/api/timeline?limit=50");
        continue;
      }
      NewsEvent event = story.event(Math.floorMod(random.nextLong(), events));
      var day = event.getDate().getEnd() != null ? event.getDate().getEnd() : event.getDate().getStart();
      paths.add("/api/timeline?limit=50" + (day == null ? "" : "&from=" + day));
    }
    return paths;
  }

  /** {@code count} actor pages of the actors of random story events. */
  static List<String> actorPages(SyntheticStory story, long events, int count, long seed) {
    Random random = new Random(seed);
    List<String> paths = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      NewsEvent event = story.event(Math.floorMod(random.nextLong(), events));
      paths.add("/api/actors/" + event.getActors().get(0).getId() + "?limit=50");
    }
    return paths;
  }
}
