package io.newstimeline.tools.soak;

import io.newstimeline.app.TimelinePipeline;
import io.newstimeline.audit.Replay;
import io.newstimeline.avro.NewsEvent;
import io.newstimeline.kafka.TopicCatalog;
import io.newstimeline.producer.EventLoader;
import io.newstimeline.schema.RestSchemaRegistryClient;
import io.newstimeline.topology.TimelineConfig;
import io.newstimeline.topology.TimelineSerdes;
import io.newstimeline.app.TimelineStreamsConfig;
import io.newstimeline.view.TopicSnapshot;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Kill/restart cycles of {@code demo} (broker, registry and both stages in one JVM) right after
 * bursts of events: the crash that finds the most transactions half done. After a history is
 * processed, each cycle publishes a burst, SIGKILLs {@code demo} as soon as the burst is sent,
 * starts it again on the same data dir and ports, and measures the time from the kill until both
 * stages are RUNNING again. At the end the live outputs are compared with a clean replay's.
 */
public final class RestartCycles {

  /** Printed by {@code demo} once both stages are RUNNING. */
  private static final Pattern RUNNING = Pattern.compile("^Dashboard: ");
  private static final Duration CATCH_UP_TIMEOUT = Duration.ofHours(2);
  private static final int CHUNK = 500;

  /**
   * How to cycle.
   *
   * @param history story events published and processed before the first cycle
   * @param cycles kill/restart cycles
   * @param burst story events published right before each kill
   * @param seed seed of the story
   * @param restartTimeout how long a restart may take to be RUNNING before it counts as stalled
   * @param workDir where the data dir and the output of {@code demo} go
   * @param heap heap cap of the {@code demo} JVM
   */
  public record Options(long history, int cycles, long burst, long seed, Duration restartTimeout, Path workDir,
      String heap) {}

  /**
   * What the cycles saw.
   *
   * @param published records published
   * @param recoveries seconds from each kill until both stages were RUNNING again
   * @param live the live outputs at the end
   * @param replay the outputs of a clean replay of the same events
   */
  public record Result(long published, List<Double> recoveries, PipelineOutputs live, PipelineOutputs replay) {

    /** Whether the live outputs equal the replay's and no pair was alerted twice. */
    public boolean passed() {
      return live.sameAs(replay) && live.repeatedAlerts().isEmpty();
    }
  }

  private final Options options;
  private final PrintStream report;
  private final int kafkaPort = FaultSoak.freePort();
  private final int registryPort = FaultSoak.freePort();
  private final String bootstrap = "127.0.0.1:" + kafkaPort;
  private final SoakStory story;
  private ChildJvm demo;
  private long published;
  private long nextStep;

  public RestartCycles(Options options, PrintStream report) {
    this.options = options;
    this.report = report;
    this.story = new SoakStory(options.seed());
  }

  /**
   * Runs the cycles and returns what they saw; {@code demo} is stopped at the end.
   *
   * @throws IllegalStateException when a restart is not RUNNING within the restart timeout
   */
  public Result run() throws InterruptedException {
    TopicCatalog topics = TopicCatalog.defaults();
    try {
      startDemo(options.restartTimeout().multipliedBy(2));
      TimelineSerdes serdes = TimelineSerdes.avro(new RestSchemaRegistryClient("http://127.0.0.1:" + registryPort));
      long started = System.nanoTime();
      publish(topics, serdes, options.history());
      awaitCaughtUp(topics, serdes);
      report.printf(Locale.ROOT, "History of %,d records processed in %.0f s%n", published,
          (System.nanoTime() - started) / 1e9);
      List<Double> recoveries = new ArrayList<>();
      for (int cycle = 1; cycle <= options.cycles(); cycle++) {
        publish(topics, serdes, options.burst());
        long killedAt = System.nanoTime();
        demo.kill();
        startDemo(options.restartTimeout());
        double seconds = (System.nanoTime() - killedAt) / 1e9;
        recoveries.add(seconds);
        report.printf(Locale.ROOT, "Cycle %d: killed right after a burst of %,d events; both stages RUNNING %.1f s"
            + " after the kill%n", cycle, options.burst(), seconds);
      }
      awaitCaughtUp(topics, serdes);
      PipelineOutputs live = PipelineOutputs.read(new TopicSnapshot(bootstrap, Duration.ofMinutes(2)), topics, serdes);
      report.println("Replaying the events into cycles-replay.* for comparison");
      String replayPrefix = "cycles-replay.";
      Replay.run(bootstrap, serdes, topics, replayPrefix, CATCH_UP_TIMEOUT, check -> { });
      PipelineOutputs replay = PipelineOutputs.read(new TopicSnapshot(bootstrap, Duration.ofMinutes(2)),
          topics.withOutputPrefix(replayPrefix), serdes);
      return new Result(published, recoveries, live, replay);
    } finally {
      if (demo != null) {
        demo.stop(Duration.ofSeconds(60));
      }
    }
  }

  /** Publishes the next {@code steps} steps of the story and waits until every record is acknowledged. */
  private void publish(TopicCatalog topics, TimelineSerdes serdes, long steps) {
    try (EventLoader loader = new EventLoader(bootstrap, "news-timeline-cycles", serdes.event().serializer())) {
      long end = nextStep + steps;
      for (; nextStep < end; nextStep += CHUNK) {
        for (long i = nextStep; i < Math.min(end, nextStep + CHUNK); i++) {
          for (NewsEvent event : story.step(i)) {
            loader.send(topics.events(), event);
            published++;
          }
        }
      }
      nextStep = end;
      loader.flush();
    }
  }

  private void startDemo(Duration timeout) throws InterruptedException {
    Path log = options.workDir().resolve("demo.log");
    int from = ChildJvm.lineCount(log);
    demo = ChildJvm.start("demo", List.of("-Xmx" + options.heap()), List.of("demo", "--data-dir",
        options.workDir().resolve("data").toString(), "--kafka-port", String.valueOf(kafkaPort),
        "--registry-port", String.valueOf(registryPort), "--http-port", "0"), log);
    demo.awaitLine(RUNNING, from, timeout);
  }

  private void awaitCaughtUp(TopicCatalog topics, TimelineSerdes serdes) throws InterruptedException {
    TimelinePipeline.awaitCaughtUp(bootstrap, TimelineConfig.defaults().withTopics(topics), serdes,
        TimelineStreamsConfig.DEFAULT_APPLICATION_ID, Duration.ofSeconds(1), CATCH_UP_TIMEOUT, check -> {
          if (!demo.isAlive()) {
            throw new IllegalStateException("demo exited (output in " + demo.output() + ")");
          }
        });
  }
}
