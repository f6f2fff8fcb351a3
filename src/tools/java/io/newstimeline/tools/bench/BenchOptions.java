package io.newstimeline.tools.bench;

import io.newstimeline.BundledFiles;
import io.newstimeline.topology.TimelineConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What a benchmark run measures and how big it is.
 *
 * @param seed seed of the synthetic story; the same seed gives the same events
 * @param replayEvents events replayed from offset 0 by the raw consumer, the pass-through app and the topology
 * @param runs runs of each throughput figure; the median is reported
 * @param shortHistory events processed before the early history probe
 * @param longHistory events processed before the late history probe
 * @param probeEvents events in each history probe, whose throughput is compared
 * @param latencyPerSecond steady send rate of the latency run
 * @param latencyWarmup the least time the latency run sends before its events are counted
 * @param latencyMaxWarmup the most time it sends before counting, waiting for the JIT to settle
 * @param latencyDuration how long the latency run sends counted events
 * @param parts the parts to run
 * @param out where the JSON results go
 * @param actorTimelineSize entries per actor timeline of the topology under test
 * @param viewFlushInterval how often the topology under test publishes changed actor timelines
 * @param streamsOverrides Kafka Streams settings applied over {@code TimelineStreamsConfig}'s, to try a tuning
 * @param seeds directory of the seed articles ({@code *.txt}) and {@code actors.json} the extraction part reads
 */
public record BenchOptions(
    long seed,
    int replayEvents,
    int runs,
    int shortHistory,
    int longHistory,
    int probeEvents,
    int latencyPerSecond,
    Duration latencyWarmup,
    Duration latencyMaxWarmup,
    Duration latencyDuration,
    Set<Part> parts,
    Path out,
    int actorTimelineSize,
    Duration viewFlushInterval,
    Map<String, String> streamsOverrides,
    Path seeds) {

  /** The parts of a benchmark run. */
  public enum Part {
    /** Raw produce and plain consumer rates on the broker. */
    RAW,
    /** Replay of the same events by a pass-through Streams app and by the timeline topology. */
    REPLAY,
    /** Throughput after a short and after a long history. */
    HISTORY,
    /** Produce-to-timeline latency at a steady rate. */
    LATENCY,
    /** Articles per second of the article extractor. */
    EXTRACTION,
    /** Query API page times over a store of {@code longHistory} entries, and report-to-live-stream latency. */
    API
  }

  public static final Path DEFAULT_OUT = Path.of("target", "bench", "results.json");

  public BenchOptions {
    parts = Set.copyOf(parts);
    streamsOverrides = Map.copyOf(streamsOverrides);
    if (replayEvents < 1 || runs < 1 || shortHistory < 0 || longHistory < shortHistory || probeEvents < 1
        || latencyPerSecond < 1 || latencyMaxWarmup.compareTo(latencyWarmup) < 0) {
      throw new IllegalArgumentException("Benchmark sizes must be positive and the long history at least the short one");
    }
  }

  /**
   * The defaults: about 5 minutes on a 2-core machine, where the topology replays ~2,000 events a
   * second. A long history of 1,000,000 events takes ~10 more minutes there: pass
   * {@code --long-history 1000000} for it.
   */
  public static BenchOptions defaults() {
    return new BenchOptions(42, 30_000, 3, 10_000, 100_000, 20_000, 1_000,
        Duration.ofSeconds(5), Duration.ofSeconds(60), Duration.ofSeconds(30), EnumSet.allOf(Part.class), DEFAULT_OUT,
        TimelineConfig.DEFAULT_ACTOR_TIMELINE_SIZE, TimelineConfig.DEFAULT_VIEW_FLUSH_INTERVAL, Map.of(), BundledFiles.seeds());
  }

  /** A smoke run of a few seconds per part: checks the bench works, measures nothing meaningful. */
  public static BenchOptions quick() {
    return new BenchOptions(42, 5_000, 1, 1_000, 5_000, 1_000, 200,
        Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2), EnumSet.allOf(Part.class), DEFAULT_OUT,
        TimelineConfig.DEFAULT_ACTOR_TIMELINE_SIZE, TimelineConfig.DEFAULT_VIEW_FLUSH_INTERVAL, Map.of(), BundledFiles.seeds());
  }
}
