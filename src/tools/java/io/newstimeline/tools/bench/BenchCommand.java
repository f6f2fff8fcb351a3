package io.newstimeline.tools.bench;

import io.newstimeline.InputException;
import io.newstimeline.tools.bench.BenchOptions.Part;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import io.newstimeline.cli.ToolCommand;

/**
 * {@code news-timeline bench}: measures the timeline against the raw broker on an embedded broker
 * and a synthetic story, prints a table and writes the same results as JSON.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = BenchCommand.HotFrames.class,
    description = {
        "Benchmarks the timeline on an embedded broker and a deterministic synthetic story: raw produce and"
            + " consume, a pass-through Streams app and the topology on the same events, throughput after a short"
            + " and a long history, and produce-to-timeline latency, all exactly-once.",
        "Prints a table and writes the same results as JSON. The defaults take under 10 minutes on 2 cores."})
public final class BenchCommand implements ToolCommand {

  @Spec CommandSpec spec;

  @Option(names = "--quick", description = "A smoke run of small sizes (under a minute); its figures mean little.")
  boolean quick;

  @Option(names = "--seed", paramLabel = "N", description = "Seed of the synthetic story (default: 42).")
  Long seed;

  @Option(names = "--events", paramLabel = "N", description = "Events replayed by the raw consumer, the pass-through app and the topology (default: 30000).")
  Integer events;

  @Option(names = "--runs", paramLabel = "N", description = "Runs per throughput figure; the median is reported (default: 3).")
  Integer runs;

  @Option(names = "--short-history", paramLabel = "N", description = "History before the early probe (default: 10000).")
  Integer shortHistory;

  @Option(names = "--long-history", paramLabel = "N", description = "History before the late probe (default: 100000; 1000000 checks a million-event archive, ~10 more minutes on 2 cores).")
  Integer longHistory;

  @Option(names = "--probe", paramLabel = "N", description = "Events in each history probe (default: 20000).")
  Integer probe;

  @Option(names = "--latency-rate", paramLabel = "N", description = "Events per second of the latency run (default: 1000).")
  Integer latencyRate;

  @Option(names = "--latency-seconds", paramLabel = "S", description = "Counted seconds of the latency run (default: 30).")
  Integer latencySeconds;

  @Option(names = "--parts", split = ",", paramLabel = "PART",
      description = "Parts to run, comma-separated: raw, replay, history, latency, extraction, api (default: all).")
  Set<String> parts;

  @Option(names = "--timeline-size", paramLabel = "N",
      description = "Entries per actor timeline of the topology under test (default: the application's, 50).")
  Integer timelineSize;

  @Option(names = "--view-flush-ms", paramLabel = "MS",
      description = "How often the topology under test publishes changed actor timelines (default: the application's, 1000).")
  Long viewFlushMs;

  @Option(names = "--streams-config", paramLabel = "KEY=VALUE",
      description = "A Kafka Streams setting over the timeline's two applications and the pass-through's, to try a"
          + " tuning; prefixed timeline. or actor-views., over that stage's only (repeatable).")
  Map<String, String> streamsConfig;

  @Option(names = "--seeds", paramLabel = "DIR",
      description = "Seed articles (*.txt) and actors.json for the extraction part (default: the seeds shipped in the jar).")
  Path seeds;

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write the JSON results (default: target/bench/results.json).")
  Path out;

  @Override
  public Integer call() throws InterruptedException {
    BenchOptions base = quick ? BenchOptions.quick() : BenchOptions.defaults();
    BenchOptions options = new BenchOptions(
        seed != null ? seed : base.seed(),
        events != null ? events : base.replayEvents(),
        runs != null ? runs : base.runs(),
        shortHistory != null ? shortHistory : base.shortHistory(),
        longHistory != null ? longHistory : base.longHistory(),
        probe != null ? probe : base.probeEvents(),
        latencyRate != null ? latencyRate : base.latencyPerSecond(),
        base.latencyWarmup(),
        base.latencyMaxWarmup(),
        latencySeconds != null ? Duration.ofSeconds(latencySeconds) : base.latencyDuration(),
        parts != null && !parts.isEmpty() ? parts(parts) : base.parts(),
        out != null ? out : base.out(),
        timelineSize != null ? timelineSize : base.actorTimelineSize(),
        viewFlushMs != null ? Duration.ofMillis(viewFlushMs) : base.viewFlushInterval(),
        streamsConfig != null ? streamsConfig : base.streamsOverrides(),
        seeds != null ? seeds : base.seeds());
    BenchReport report = Benchmark.run(options);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.print(report.table());
    stdout.println("results: " + options.out());
    stdout.flush();
    return 0;
  }

  /** {@code news-timeline bench hot-frames}: where the CPU samples of a JFR recording are. */
  @Command(name = "hot-frames", mixinStandardHelpOptions = true,
      description = "Prints the hottest methods (self and total) of the CPU samples in a JFR recording, e.g. one taken"
          + " with -XX:FlightRecorderOptions:stackdepth=512 -XX:StartFlightRecording=settings=profile,filename=bench.jfr.")
  static final class HotFrames implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "RECORDING", description = "The .jfr file.")
    Path recording;

    @Option(names = "--thread", paramLabel = "TEXT", defaultValue = "StreamThread",
        description = "Only threads whose name contains this (default: ${DEFAULT-VALUE}).")
    String thread;

    @Option(names = "--top", paramLabel = "N", defaultValue = "25", description = "Methods per list (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--total-matching", paramLabel = "REGEX", defaultValue = ".",
        description = "Only list methods matching this in the total list, e.g. 'newstimeline|Serde|Store' (default: all).")
    String totalMatching;

    @Override
    public Integer call() {
      if (!Files.isRegularFile(recording)) {
        throw new InputException("No JFR recording at " + recording);
      }
      try {
        spec.commandLine().getOut().print(JfrHotFrames.summarise(recording, thread, top, Pattern.compile(totalMatching)));
      } catch (IOException e) {
        throw new InputException("Cannot read JFR recording " + recording + ": " + e.getMessage(), e);
      }
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  private static Set<Part> parts(Set<String> names) {
    Set<Part> parts = EnumSet.noneOf(Part.class);
    for (String name : names) {
      try {
        parts.add(Part.valueOf(name.trim().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new InputException("Unknown benchmark part '" + name + "' for --parts; known parts: "
            + Arrays.stream(Part.values()).map(p -> p.name().toLowerCase(Locale.ROOT)).toList());
      }
    }
    return parts;
  }
}
