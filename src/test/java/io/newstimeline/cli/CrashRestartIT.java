package io.newstimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.kafka.KafkaClientConfigs;
import io.newstimeline.soak.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A serving {@code demo} (broker, registry and both stages in one JVM) is SIGKILLed while it works
 * through a backlog, then started again on the same data dir: it serves again, each stage's consumer
 * group holds the restarted instance under the identity it had before the kill (it took its own
 * place back rather than waiting for the dead one to expire), and a replay from offset 0 gives the
 * live timeline.
 */
@Tag("broker")
class CrashRestartIT {

  private static final Pattern SERVING = Pattern.compile("Serving: Kafka at (\\S+), registry at (\\S+),");
  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
  private static final String EVENTS = "1500";

  @TempDir Path dir;

  @Test
  void shouldServeAgainAndTakeItsOwnPlaceInTheGroupsAfterASigkill() throws Exception {
    Path dataDir = dir.resolve("data");
    Path log = dir.resolve("demo.log");
    String instanceId;
    try (ChildJvm first = demo(dataDir, log)) {
      Matcher serving = first.awaitLine(SERVING, 0, START_TIMEOUT);
      CliRun sent = CliRun.of("generate", "--events", EVENTS, "--bootstrap-servers", serving.group(1),
          "--schema-registry-url", serving.group(2));
      assertThat(sent.exitCode()).as(sent.err()).isZero();
      instanceId = Files.readString(dataDir.resolve("streams").resolve("group-instance-id")).trim();
      first.kill(); // mid-backlog: open transactions, no checkpoints, no LeaveGroup
    }

    int from = ChildJvm.lineCount(log);
    try (ChildJvm second = demo(dataDir, log)) {
      Matcher serving = second.awaitLine(SERVING, from, START_TIMEOUT);
      String bootstrap = serving.group(1);
      String registry = serving.group(2);

      assertThat(memberInstanceIds(bootstrap, List.of("news-timeline", "news-timeline-actor-views")))
          .containsExactly(
              Map.entry("news-timeline", List.of(instanceId + "-1")),
              Map.entry("news-timeline-actor-views", List.of(instanceId + "-1")));

      // The same range again changes nothing (identical reports) and waits until the live stages have caught up.
      CliRun caughtUp = CliRun.of("generate", "--events", EVENTS, "--wait", "--timeout", "PT4M",
          "--bootstrap-servers", bootstrap, "--schema-registry-url", registry);
      assertThat(caughtUp.exitCode()).as(caughtUp.err()).isZero();
      CliRun replay = CliRun.of("replay", "--bootstrap-servers", bootstrap, "--schema-registry-url", registry);
      assertThat(replay.exitCode()).as(replay.out() + replay.err()).isZero();
      assertThat(replay.out()).contains("MATCH: the replay gives the live timeline.");
      assertThat(second.isAlive()).isTrue();
    }
  }

  private static ChildJvm demo(Path dataDir, Path log) {
    return ChildJvm.start("demo", List.of("-Xmx512m"), List.of("demo", "--data-dir", dataDir.toString(),
        "--kafka-port", "0", "--registry-port", "0", "--http-port", "0"), log);
  }

  /** The group instance ids of each group's members, in the order of {@code groups}. */
  private static List<Map.Entry<String, List<String>>> memberInstanceIds(String bootstrap, List<String> groups)
      throws Exception {
    try (Admin admin = Admin.create(KafkaClientConfigs.common(bootstrap, "crash-restart-it"))) {
      Map<String, ConsumerGroupDescription> described = admin.describeConsumerGroups(groups).all().get();
      return groups.stream()
          .map(g -> Map.entry(g, described.get(g).members().stream()
              .map(m -> m.groupInstanceId().orElse("<dynamic member " + m.consumerId() + ">"))
              .sorted().toList()))
          .toList();
    }
  }
}
