package io.newstimeline.cli;

import io.newstimeline.app.TimelineApplication;
import io.newstimeline.audit.GroupProgress;
import io.newstimeline.audit.TimelineDigest;
import io.newstimeline.avro.TimelineEntry;
import io.newstimeline.kafka.TopicAdmin;
import io.newstimeline.kafka.TopicCatalog;
import io.newstimeline.topology.TimelineConfig;
import io.newstimeline.topology.TimelineSerdes;
import io.newstimeline.topology.TimelineStreamsConfig;
import io.newstimeline.topology.TimelineTopology;
import io.newstimeline.view.TopicSnapshot;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code replay}: rebuilds every output from {@code news.events}, from offset 0, under a separate
 * application id and output prefix (so it never re-alerts on the live alert topic), then prints
 * the digest of the rebuilt timeline next to the live one's.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
    description = "Rebuilds the timeline from offset 0 into separate topics and compares its digest with the live one.")
final class ReplayCommand implements Callable<Integer> {

  /** Exit code when the replayed timeline differs from the live one. */
  static final int EXIT_DIFFERENT = 4;

  @Mixin ConnectionOptions connection;

  @Option(names = "--output-prefix", paramLabel = "PREFIX",
      description = "Prefix of the rebuilt outputs (default: replay-<epoch seconds>.).")
  String outputPrefix;

  @Option(names = "--timeout", defaultValue = "PT30M", description = "Give up after this long (ISO-8601 duration, default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Override
  public Integer call() throws Exception {
    PrintStream out = System.out;
    String runId = "replay-" + Instant.now().getEpochSecond();
    String prefix = outputPrefix != null ? outputPrefix : runId + ".";
    TopicCatalog live = connection.topics();
    TopicCatalog replay = live.withOutputPrefix(prefix);
    String applicationId = TimelineStreamsConfig.DEFAULT_APPLICATION_ID + "-" + prefix.replaceAll("[^A-Za-z0-9_-]", "");
    String bootstrap = connection.bootstrapServersOrLocal();
    TimelineSerdes serdes = TimelineSerdes.avro(Registries.connect(connection.schemaRegistryUrlOrLocal()));
    try (TopicAdmin admin = TopicAdmin.connect(bootstrap)) {
      admin.ensureTopics(replay.outputs());
    }
    Path stateDir = Files.createTempDirectory("news-timeline-" + runId);
    long started = System.nanoTime();
    try (ShutdownSignal signal = ShutdownSignal.install();
        GroupProgress progress = new GroupProgress(bootstrap, applicationId);
        TimelineApplication app = TimelineApplication.start(
            TimelineTopology.build(TimelineConfig.defaults().withTopics(replay), serdes),
            TimelineStreamsConfig.properties(applicationId, bootstrap, stateDir, replay.deadLetters()),
            Duration.ofSeconds(120))) {
      long deadline = System.nanoTime() + timeout.toNanos();
      Map<TopicPartition, Long> events = progress.dataEnd(List.of(live.events()));
      awaitWithBar(progress, events, "events", deadline, app);
      for (String internal : TimelineTopology.REPARTITIONS) {
        Map<TopicPartition, Long> target = progress.dataEnd(List.of(applicationId + "-" + internal + "-repartition"));
        awaitWithBar(progress, target, internal, deadline, app);
      }
    } finally {
      DemoCommand.deleteRecursively(stateDir);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    TopicSnapshot snapshot = new TopicSnapshot(bootstrap, Duration.ofSeconds(60));
    Collection<TimelineEntry> rebuilt = snapshot.latest(replay.timeline(), serdes.entry().deserializer()).values();
    Collection<TimelineEntry> current = snapshot.latest(live.timeline(), serdes.entry().deserializer()).values();
    String replayDigest = TimelineDigest.of(rebuilt);
    String liveDigest = TimelineDigest.of(current);
    out.printf(Locale.ROOT, "Replayed into %s* in %.1f s: %d entries%n", prefix, seconds, rebuilt.size());
    out.printf("replay digest  %s%n", replayDigest);
    out.printf("live digest    %s  (%d entries in %s)%n", liveDigest, current.size(), live.timeline());
    boolean same = replayDigest.equals(liveDigest);
    out.println(same ? "MATCH: the replay gives the live timeline." : "DIFFERENT: the replay does not give the live timeline.");
    return same ? 0 : EXIT_DIFFERENT;
  }

  private static void awaitWithBar(GroupProgress progress, Map<TopicPartition, Long> target, String label, long deadline,
      TimelineApplication app) throws InterruptedException {
    long total = target.values().stream().mapToLong(Long::longValue).sum();
    while (true) {
      long done = progress.processed(target);
      ProgressBar.print(System.err, label, done, total);
      if (done >= total) {
        System.err.println();
        return;
      }
      if (app.failure() != null) {
        throw new IllegalStateException("Replay failed: " + app.failure().getMessage(), app.failure());
      }
      if (System.nanoTime() > deadline) {
        System.err.println();
        throw new IllegalStateException("Replay did not finish " + label + " in time (" + done + "/" + total + ")");
      }
      Thread.sleep(200);
    }
  }
}
