package io.newstimeline.tools.soak;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import io.newstimeline.cli.ToolCommand;

/**
 * {@code soak}: the fault soak ({@link FaultSoak}): a broker and {@code run} in JVMs of their own,
 * SIGKILLed at random moments while a generated story is published; then the live outputs are
 * compared with a clean replay's. Exits 0 when they are equal and every pair was alerted once.
 */
@Command(name = "soak", mixinStandardHelpOptions = true,
    description = "Publishes a generated story while killing run and the broker (SIGKILL) at random moments, then"
        + " checks that the live timeline, actor timelines, links and alerts equal a clean replay's.")
public final class SoakCommand implements ToolCommand {

  /** Exit code when the live outputs differ from the replay's, or a pair was alerted twice. */
  static final int EXIT_DIFFERENT = 4;

  @Spec CommandSpec spec;

  @Option(names = "--events", defaultValue = "100000", paramLabel = "N", description = "Story events (default: ${DEFAULT-VALUE}).")
  long events;

  @Option(names = "--run-kills", defaultValue = "10", paramLabel = "N", description = "Kills of run (default: ${DEFAULT-VALUE}).")
  int runKills;

  @Option(names = "--broker-kills", defaultValue = "3", paramLabel = "N",
      description = "Kills of the broker (default: ${DEFAULT-VALUE}).")
  int brokerKills;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the story and the kill moments (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--work-dir", paramLabel = "DIR",
      description = "Where the broker data, stream state and process logs go (default: a new temp folder, kept).")
  Path workDir;

  @Option(names = "--heap", defaultValue = "512m", description = "Heap cap of each process (default: ${DEFAULT-VALUE}).")
  String heap;

  @Option(names = "--restart-cycles", defaultValue = "0", paramLabel = "N",
      description = "Instead of random kills: process --events as a history in demo, then N times publish a burst,"
          + " SIGKILL demo right after it and start it again on its data, timing each restart (default: none).")
  int restartCycles;

  @Option(names = "--burst", defaultValue = "30000", paramLabel = "N",
      description = "Story events published before each kill of --restart-cycles (default: ${DEFAULT-VALUE}).")
  long burst;

  @Option(names = "--restart-timeout", defaultValue = "300", paramLabel = "SECONDS",
      description = "How long a restart of --restart-cycles may take to be RUNNING before it counts as stalled"
          + " (default: ${DEFAULT-VALUE}).")
  long restartTimeout;

  @Option(names = "--cluster", description = "Three brokers and --instances instances of run instead: one instance and"
      + " one broker are killed once each under a steady load of --events at --rate, with the query API asked all along.")
  boolean cluster;

  @Option(names = "--scale-out", description = "With --cluster: measure events/s with 1 to --instances instances on"
      + " the three brokers instead, each count on --events events of its own.")
  boolean scaleOut;

  @Option(names = "--instances", defaultValue = "3", paramLabel = "N",
      description = "With --cluster: instances of run (default: ${DEFAULT-VALUE}).")
  int instances;

  @Option(names = "--rate", defaultValue = "80", paramLabel = "EVENTS_PER_S",
      description = "With --cluster: publishing pace (default: ${DEFAULT-VALUE}).")
  int rate;

  @Override
  public Integer call() throws Exception {
    if (events < 1 || runKills < 0 || brokerKills < 0) {
      throw new ParameterException(spec.commandLine(), "--events must be positive and kill counts not negative");
    }
    if (restartCycles < 0 || burst < 1 || restartTimeout < 1) {
      throw new ParameterException(spec.commandLine(), "--restart-cycles must not be negative, --burst and"
          + " --restart-timeout must be positive");
    }
    Path dir = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("news-timeline-soak-");
    PrintStream out = System.out;
    if (restartCycles > 0) {
      return cycles(dir, out);
    }
    if (cluster) {
      return cluster(dir, out);
    }
    out.printf("Soak in %s: %,d events, %d kills of run, %d of the broker%n", dir, events, runKills, brokerKills);
    long started = System.nanoTime();
    FaultSoak.Result result = new FaultSoak(new FaultSoak.Options(events, runKills, brokerKills, seed, dir, heap), out).run();
    out.printf(Locale.ROOT, "%nSoak took %.0f s; %,d records published%n", (System.nanoTime() - started) / 1e9,
        result.published());
    out.println("run back to RUNNING after a kill (s):     " + summary(result.runRecoveries()));
    out.println("broker serving again after a kill (s):    " + summary(result.brokerRecoveries()));
    print(out, "live  ", result.live());
    print(out, "replay", result.replay());
    out.println("pairs alerted more than once: " + result.live().repeatedAlerts().size());
    verdict(out, result.live(), result.replay());
    return result.passed() ? 0 : EXIT_DIFFERENT;
  }

  private int cycles(Path dir, PrintStream out) throws InterruptedException {
    out.printf("Restart cycles in %s: a history of %,d events, then %d kills of demo right after %,d events each%n",
        dir, events, restartCycles, burst);
    long started = System.nanoTime();
    RestartCycles.Result result = new RestartCycles(new RestartCycles.Options(events, restartCycles, burst, seed,
        Duration.ofSeconds(restartTimeout), dir, heap), out).run();
    out.printf(Locale.ROOT, "%nCycles took %.0f s; %,d records published%n", (System.nanoTime() - started) / 1e9,
        result.published());
    out.println("both stages RUNNING after a kill (s): " + summary(result.recoveries()));
    print(out, "live  ", result.live());
    print(out, "replay", result.replay());
    out.println("pairs alerted more than once: " + result.live().repeatedAlerts().size());
    verdict(out, result.live(), result.replay());
    return result.passed() ? 0 : EXIT_DIFFERENT;
  }

  private static void verdict(PrintStream out, PipelineOutputs live, PipelineOutputs replay) {
    List<String> differ = live.differences(replay);
    if (!differ.isEmpty()) {
      out.println("FAIL: the live " + String.join(", ", differ) + " differ from the replay's.");
    } else if (!live.repeatedAlerts().isEmpty()) {
      out.println("FAIL: a pair was alerted more than once.");
    } else {
      out.println("PASS: the live outputs equal the replay's; every pair alerted once.");
    }
  }


  /** {@code soak --cluster}: the cluster soak, or with {@code --scale-out} the rate by instance count. */
  private int cluster(Path dir, PrintStream out) throws InterruptedException {
    if (instances < 2 || rate < 1 || events > Integer.MAX_VALUE) {
      throw new ParameterException(spec.commandLine(), "--instances must be at least 2 and --rate positive");
    }
    ClusterSoak soak = new ClusterSoak(new ClusterSoak.Options((int) events, rate, instances, seed, dir, heap), out);
    out.printf("Cluster soak in %s: 3 brokers, %d instances, %,d events%n", dir, instances, events);
    if (scaleOut) {
      soak.scaleOut();
      return 0;
    }
    ClusterSoak.Result result = soak.run();
    out.printf(Locale.ROOT, "instance hand-over %.1f s; after the broker kill: producer %.1f s, timeline stage %.1f s,"
        + " actor views %.1f s%n", result.instanceHandover(), result.producerStall(), result.timelineStall(),
        result.actorViewsStall());
    out.println("query API during the hand-over: " + result.duringHandover() + "; overall: " + result.overall());
    print(out, "live  ", result.live());
    print(out, "replay", result.replay());
    out.println("pairs alerted more than once: " + result.live().repeatedAlerts().size() + "; wrong API answers: "
        + result.wrongAnswers().size());
    out.println(result.passed() ? "PASS: the live outputs equal the replay's; every pair alerted once; no wrong answer."
        : "FAIL: the live outputs differ from the replay's, a pair was alerted twice, or the API answered wrong.");
    return result.passed() ? 0 : EXIT_DIFFERENT;
  }

  private static void print(PrintStream out, String label, PipelineOutputs o) {
    out.printf(Locale.ROOT, "%s timeline %d entries %s | actor timelines %d %s | links %d %s | alerts %d %s%n", label,
        o.timelineEntries(), o.timeline().substring(0, 16), o.actorTimelineCount(), o.actorTimelines().substring(0, 16),
        o.linkCount(), o.links().substring(0, 16), o.alertsPerPair().size(), o.alerts().substring(0, 16));
  }

  private static String summary(List<Double> seconds) {
    if (seconds.isEmpty()) {
      return "none";
    }
    List<Double> sorted = seconds.stream().sorted().toList();
    return String.format(Locale.ROOT, "n=%d min %.1f median %.1f max %.1f", sorted.size(), sorted.get(0),
        sorted.get(sorted.size() / 2), Collections.max(sorted));
  }
}
