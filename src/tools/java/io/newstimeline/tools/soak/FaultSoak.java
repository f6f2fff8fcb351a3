package io.newstimeline.tools.soak;

import io.newstimeline.app.TimelinePipeline;
import io.newstimeline.audit.Replay;
import io.newstimeline.avro.NewsEvent;
import io.newstimeline.kafka.ClusterProbe;
import io.newstimeline.kafka.TopicCatalog;
import io.newstimeline.producer.EventLoader;
import io.newstimeline.schema.RestSchemaRegistryClient;
import io.newstimeline.topology.TimelineConfig;
import io.newstimeline.topology.TimelineSerdes;
import io.newstimeline.view.TopicSnapshot;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.kafka.common.KafkaException;

/**
 * The fault soak: a broker and {@code run}, each in a JVM of its own, take a generated story with
 * duplicates, corrections, retractions and late reports while {@code run} and the broker are
 * SIGKILLed at random moments and started again on their data; at the end the live outputs must
 * equal those of a clean replay of the same events, every pair alerted exactly once.
 *
 * <p>The story is published in chunks by an idempotent producer in this JVM; a chunk whose sends
 * fail while the broker is down is sent again once it is back (a re-sent report changes nothing).
 */
public final class FaultSoak {

  private static final Pattern BROKER_SERVING = Pattern.compile("Broker serving: Kafka at ");
  private static final Pattern RUN_RUNNING = Pattern.compile("Timeline running on ");
  private static final Duration START_TIMEOUT = Duration.ofMinutes(10);
  private static final Duration CATCH_UP_TIMEOUT = Duration.ofHours(2);
  private static final String APPLICATION_ID = "news-timeline-soak";
  private static final int CHUNK = 500;

  /**
   * How to soak.
   *
   * @param events story events to publish (corrections and retractions come on top)
   * @param runKills how many times {@code run} is killed
   * @param brokerKills how many times the broker is killed
   * @param seed seed of the story and of the kill moments
   * @param workDir where the broker's data, the stream state and each process's output go
   * @param heap heap cap of each child JVM, e.g. {@code 512m}
   */
  public record Options(long events, int runKills, int brokerKills, long seed, Path workDir, String heap) {}

  /**
   * What the soak saw.
   *
   * @param published records published (story events, corrections, retractions; re-sent chunks once)
   * @param runRecoveries seconds from each kill of {@code run} to its restart being RUNNING
   * @param brokerRecoveries seconds from each kill of the broker to its restart serving
   * @param live the live outputs at the end
   * @param replay the outputs of a clean replay of the same events
   */
  public record Result(long published, List<Double> runRecoveries, List<Double> brokerRecoveries,
      PipelineOutputs live, PipelineOutputs replay) {

    /** Whether the live outputs equal the replay's and no pair was alerted twice. */
    public boolean passed() {
      return live.sameAs(replay) && live.repeatedAlerts().isEmpty();
    }
  }

  private final Options options;
  private final PrintStream report;
  private final Random random;
  private final int kafkaPort = freePort();
  private final int registryPort = freePort();
  private final String bootstrap = "127.0.0.1:" + kafkaPort;
  private final String registryUrl = "http://127.0.0.1:" + registryPort;
  private final List<Double> runRecoveries = new ArrayList<>();
  private final List<Double> brokerRecoveries = new ArrayList<>();
  private ChildJvm broker;
  private ChildJvm run;

  public FaultSoak(Options options, PrintStream report) {
    this.options = options;
    this.report = report;
    this.random = new Random(options.seed());
  }

  /** Runs the soak and returns what it saw; every process it started is stopped. */
  public Result run() throws InterruptedException {
    TopicCatalog topics = TopicCatalog.defaults();
    try {
      startBroker();
      startRun();
      awaitRunRunning(System.nanoTime(), false);
      TimelineSerdes serdes = TimelineSerdes.avro(new RestSchemaRegistryClient(registryUrl));
      long published = publish(topics, serdes);
      report.printf("Published %,d records; waiting for run to catch up%n", published);
      if (!run.isAlive()) {
        startRun();
      }
      awaitCaughtUp(topics, serdes);
      run.stop(Duration.ofSeconds(60));
      PipelineOutputs live = PipelineOutputs.read(new TopicSnapshot(bootstrap, Duration.ofMinutes(2)), topics, serdes);
      report.println("Replaying the events into soak-replay.* for comparison");
      String replayPrefix = "soak-replay.";
      Replay.run(bootstrap, serdes, topics, replayPrefix, CATCH_UP_TIMEOUT, check -> { });
      PipelineOutputs replay = PipelineOutputs.read(new TopicSnapshot(bootstrap, Duration.ofMinutes(2)),
          topics.withOutputPrefix(replayPrefix), serdes);
      return new Result(published, runRecoveries, brokerRecoveries, live, replay);
    } finally {
      if (run != null) {
        run.close();
      }
      if (broker != null) {
        broker.stop(Duration.ofSeconds(60));
      }
    }
  }

  /** Publishes the story, killing {@code run} and the broker at the planned steps; returns the records sent. */
  private long publish(TopicCatalog topics, TimelineSerdes serdes) throws InterruptedException {
    TreeMap<Long, String> kills = plan();
    report.printf("Kills planned at steps %s%n", kills);
    SoakStory story = new SoakStory(options.seed());
    long published = 0;
    EventLoader loader = new EventLoader(bootstrap, "news-timeline-soak", serdes.event().serializer());
    try {
      for (long from = 0; from < options.events(); from += CHUNK) {
        long to = Math.min(options.events(), from + CHUNK);
        List<NewsEvent> chunk = new ArrayList<>();
        for (long i = from; i < to; i++) {
          chunk.addAll(story.step(i));
        }
        while (true) {
          try {
            for (NewsEvent event : chunk) {
              loader.send(topics.events(), event);
            }
            loader.flush();
            break;
          } catch (KafkaException e) {
            // The broker went away mid-chunk: send the whole chunk again once it answers.
            report.printf("Chunk at step %,d failed (%s); sending it again%n", from, e.getMessage());
            loader.close();
            ClusterProbe.await(bootstrap, Duration.ofSeconds(10), waited -> { });
            loader = new EventLoader(bootstrap, "news-timeline-soak", serdes.event().serializer());
          }
        }
        published += chunk.size();
        for (String victim : kills.subMap(from, to).values()) {
          kill(victim);
        }
      }
    } finally {
      loader.close();
    }
    return published;
  }

  /** The step after which each kill happens: random, in the middle 90% of the story. */
  private TreeMap<Long, String> plan() {
    TreeMap<Long, String> kills = new TreeMap<>();
    long span = Math.max(1, options.events() * 9 / 10);
    long start = options.events() / 20;
    for (int i = 0; i < options.runKills() + options.brokerKills(); i++) {
      long step;
      do {
        step = start + (long) (random.nextDouble() * span);
      } while (kills.containsKey(step));
      kills.put(step, i < options.runKills() ? "run" : "broker");
    }
    return kills;
  }

  private void kill(String victim) throws InterruptedException {
    // A random moment within the next second, while run works through what was just published.
    Thread.sleep(random.nextInt(1000));
    long killedAt = System.nanoTime();
    if (victim.equals("run")) {
      run.kill();
      report.printf("Killed run (pid %d)%n", run.pid());
      startRun();
      awaitRunRunning(killedAt, true);
    } else {
      broker.kill();
      report.printf("Killed the broker (pid %d)%n", broker.pid());
      startBroker();
      double seconds = (System.nanoTime() - killedAt) / 1e9;
      brokerRecoveries.add(seconds);
      report.printf(Locale.ROOT, "Broker serving again %.1f s after the kill%n", seconds);
    }
  }

  private void startBroker() throws InterruptedException {
    Path log = options.workDir().resolve("broker.log");
    int from = ChildJvm.lineCount(log);
    broker = ChildJvm.start("broker", jvmOptions(), List.of("broker", "--data-dir",
        options.workDir().resolve("data").toString(), "--kafka-port", String.valueOf(kafkaPort),
        "--registry-port", String.valueOf(registryPort)), log);
    broker.awaitLine(BROKER_SERVING, from, START_TIMEOUT);
  }

  private int runLogFrom;

  private void startRun() {
    Path log = options.workDir().resolve("run.log");
    runLogFrom = ChildJvm.lineCount(log);
    run = ChildJvm.start("run", jvmOptions(), List.of("run", "--application-id", APPLICATION_ID,
        "--state-dir", options.workDir().resolve("state").toString(), "--bootstrap-servers", bootstrap,
        "--schema-registry-url", registryUrl, "--http-port", "0"), log);
  }

  private void awaitRunRunning(long since, boolean afterKill) throws InterruptedException {
    run.awaitLine(RUN_RUNNING, runLogFrom, START_TIMEOUT);
    if (afterKill) {
      double seconds = (System.nanoTime() - since) / 1e9;
      runRecoveries.add(seconds);
      report.printf(Locale.ROOT, "run RUNNING again %.1f s after the kill%n", seconds);
    }
  }

  private void awaitCaughtUp(TopicCatalog topics, TimelineSerdes serdes) throws InterruptedException {
    TimelinePipeline.awaitCaughtUp(bootstrap, TimelineConfig.defaults().withTopics(topics), serdes, APPLICATION_ID,
        Duration.ofSeconds(1), CATCH_UP_TIMEOUT, check -> {
          if (!run.isAlive()) {
            throw new IllegalStateException("run exited (output in " + run.output() + ")");
          }
        });
  }


  private List<String> jvmOptions() {
    return List.of("-Xmx" + options.heap());
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free loopback port", e);
    }
  }
}
