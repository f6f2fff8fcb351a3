package io.newstimeline.cli;

import io.newstimeline.audit.Replay;
import io.newstimeline.kafka.GroupProgress;
import io.newstimeline.kafka.GroupProgress.TopicProgress;
import io.newstimeline.topology.TimelineSerdes;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
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
    String prefix = outputPrefix != null ? outputPrefix : "replay-" + Instant.now().getEpochSecond() + ".";
    TimelineSerdes serdes = TimelineSerdes.avro(Registries.connect(connection.schemaRegistryUrlOrLocal()));
    Replay.Result result;
    try (ShutdownSignal signal = ShutdownSignal.install()) {
      StageBars bars = new StageBars(System.err, Replay.applicationId(prefix));
      result = Replay.run(connection.bootstrapServersOrLocal(), serdes, connection.topics(), prefix, timeout, bars);
      bars.finish();
    }
    out.printf(Locale.ROOT, "Replayed into %s* in %.1f s: %d entries%n", result.outputPrefix(), result.took().toMillis() / 1e3,
        result.entries());
    out.printf("replay digest  %s%n", result.digest());
    out.printf("live digest    %s  (%d entries in %s)%n", result.liveDigest(), result.liveEntries(), result.liveTimeline());
    out.println(result.matches() ? "MATCH: the replay gives the live timeline." : "DIFFERENT: the replay does not give the live timeline.");
    return result.matches() ? 0 : EXIT_DIFFERENT;
  }

  /**
   * One progress bar per source topic of the replay, in topology order: the events, then each
   * repartition topic. A topic's input is complete once every topic before it is processed, so the
   * bar of the first topic not yet processed is the one drawn.
   */
  private static final class StageBars implements Consumer<GroupProgress.Check> {

    private final PrintStream err;
    private final String applicationId;
    private TopicProgress shown;
    private int current;

    StageBars(PrintStream err, String applicationId) {
      this.err = err;
      this.applicationId = applicationId;
    }

    @Override
    public void accept(GroupProgress.Check check) {
      List<TopicProgress> topics = check.topics();
      if (topics.isEmpty()) {
        return;
      }
      while (current < topics.size() - 1 && topics.get(current).reached()) {
        draw(topics.get(current));
        err.println();
        current++;
      }
      draw(topics.get(current));
    }

    void finish() {
      if (shown != null) {
        err.println();
      }
    }

    private void draw(TopicProgress topic) {
      shown = topic;
      String label = topic.topic().replace(applicationId + "-", "").replace("-repartition", "");
      ProgressBar.print(err, label, topic.done(), topic.total());
    }
  }
}
