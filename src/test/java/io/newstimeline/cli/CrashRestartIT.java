package io.newstimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.app.TimelinePipeline;
import io.newstimeline.audit.Replay;
import io.newstimeline.kafka.TopicCatalog;
import io.newstimeline.schema.RestSchemaRegistryClient;
import io.newstimeline.tools.soak.ChildJvm;
import io.newstimeline.tools.soak.PipelineOutputs;
import io.newstimeline.topology.TimelineConfig;
import io.newstimeline.topology.TimelineSerdes;
import io.newstimeline.view.TopicSnapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A serving {@code demo} (broker, registry and both stages in one JVM) is SIGKILLed while it works
 * through a backlog of generated events, then started again on the same data dir: it serves
 * again, catches up, and its timeline, links and alerted pairs equal those of a clean replay of the
 * same events, with every pair alerted once.
 */
@Tag("broker")
@Tag("crash")
class CrashRestartIT {

  private static final Pattern STACK = Pattern.compile("Kafka at (\\S+), schema registry at (\\S+)$");
  private static final Pattern STAGES_RUNNING = Pattern.compile("^Dashboard: ");
  private static final Pattern SERVING = Pattern.compile("^Serving: ");
  /** Generous: the restart rebuilds every store from its changelog, and CI machines may be loaded. */
  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
  private static final String EVENTS = "1500";

  @TempDir Path dir;

  @Test
  void shouldServeAgainAndGiveTheReplaysOutputsAfterASigkillMidBacklog() throws Exception {
    Path dataDir = dir.resolve("data");
    Path log = dir.resolve("demo.log");
    try (ChildJvm first = demo(dataDir, log)) {
      Matcher stack = first.awaitLine(STACK, 0, START_TIMEOUT);
      first.awaitLine(STAGES_RUNNING, 0, START_TIMEOUT);
      CliRun sent = CliRun.of("generate", "--events", EVENTS, "--bootstrap-servers", stack.group(1),
          "--schema-registry-url", stack.group(2));
      assertThat(sent.exitCode()).as(sent.err()).isZero();
      first.kill(); // mid-backlog: open transactions, stores without checkpoints, members still in their groups
    }

    int from = ChildJvm.lineCount(log);
    try (ChildJvm second = demo(dataDir, log)) {
      Matcher stack = second.awaitLine(STACK, from, START_TIMEOUT);
      second.awaitLine(SERVING, from, START_TIMEOUT);
      String bootstrap = stack.group(1);
      TopicCatalog topics = TopicCatalog.defaults();
      TimelineSerdes serdes = TimelineSerdes.avro(new RestSchemaRegistryClient(stack.group(2)));
      awaitCaughtUp(bootstrap, topics, serdes, second);

      PipelineOutputs live = PipelineOutputs.read(new TopicSnapshot(bootstrap, Duration.ofMinutes(1)), topics, serdes);
      Replay.run(bootstrap, serdes, topics, "crash-replay.", START_TIMEOUT, check -> { });
      PipelineOutputs replay = PipelineOutputs.read(new TopicSnapshot(bootstrap, Duration.ofMinutes(1)),
          topics.withOutputPrefix("crash-replay."), serdes);

      assertThat(second.isAlive()).as("demo still serving (output in %s)", log).isTrue();
      assertThat(live.timelineEntries()).isPositive();
      assertThat(live.alertsPerPair()).isNotEmpty();
      assertThat(live.repeatedAlerts()).isEmpty();
      assertThat(live.timelineEntries()).isEqualTo(replay.timelineEntries());
      assertThat(live.timeline()).isEqualTo(replay.timeline());
      assertThat(live.linkCount()).isEqualTo(replay.linkCount());
      assertThat(live.links()).isEqualTo(replay.links());
      assertThat(live.alertsPerPair().keySet()).isEqualTo(replay.alertsPerPair().keySet());
    }
  }

  private static ChildJvm demo(Path dataDir, Path log) {
    return ChildJvm.start("demo", List.of("-Xmx512m"), List.of("demo", "--data-dir", dataDir.toString(),
        "--kafka-port", "0", "--registry-port", "0", "--http-port", "0"), log);
  }

  /** Waits until both stages of the demo's pipeline have processed every event on the cluster. */
  private static void awaitCaughtUp(String bootstrap, TopicCatalog topics, TimelineSerdes serdes, ChildJvm demo)
      throws InterruptedException {
    TimelinePipeline.awaitCaughtUp(bootstrap, TimelineConfig.defaults().withTopics(topics), serdes, "news-timeline",
        Duration.ofMillis(500), START_TIMEOUT, check -> {
          if (!demo.isAlive()) {
            throw new IllegalStateException("demo exited (output in " + demo.output() + ")");
          }
        });
  }

}
