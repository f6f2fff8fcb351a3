package io.newstimeline.cli;

import io.newstimeline.audit.Replay;
import io.newstimeline.topology.TimelineSerdes;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
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
    TimelineSerdes serdes = TimelineSerdes.avro(Registries.connect(connection.reachableRegistryUrl()));
    Replay.Result result;
    try (ShutdownSignal signal = ShutdownSignal.install()) {
      StageBars bars = new StageBars(System.err, Replay.applicationId(prefix));
      result = Replay.run(connection.reachableBootstrapServers(), serdes, connection.topics(), prefix, timeout, bars);
      bars.finish();
    }
    out.printf(Locale.ROOT, "Replayed into %s* in %.1f s: %d entries%n", result.outputPrefix(), result.took().toMillis() / 1e3,
        result.entries());
    out.printf("replay digest  %s%n", result.digest());
    out.printf("live digest    %s  (%d entries in %s)%n", result.liveDigest(), result.liveEntries(), result.liveTimeline());
    out.println(result.matches() ? "MATCH: the replay gives the live timeline." : "DIFFERENT: the replay does not give the live timeline.");
    return result.matches() ? 0 : EXIT_DIFFERENT;
  }
}
