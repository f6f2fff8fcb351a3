package io.newstimeline.tools.soak;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
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

  @Override
  public Integer call() throws Exception {
    if (events < 1 || runKills < 0 || brokerKills < 0) {
      throw new ParameterException(spec.commandLine(), "--events must be positive and kill counts not negative");
    }
    Path dir = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("news-timeline-soak-");
    PrintStream out = System.out;
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
    out.println(result.passed() ? "PASS: the live outputs equal the replay's; every pair alerted once."
        : "FAIL: the live outputs differ from the replay's, or a pair was alerted more than once.");
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
