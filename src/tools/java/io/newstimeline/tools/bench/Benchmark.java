package io.newstimeline.tools.bench;

import io.newstimeline.api.ApiServer;
import io.newstimeline.avro.NewsEvent;
import io.newstimeline.tools.bench.BenchOptions.Part;
import io.newstimeline.tools.bench.BenchReport.Figure;
import io.newstimeline.tools.bench.BenchReport.Ratio;
import io.newstimeline.kafka.BrokerOptions;
import io.newstimeline.kafka.EmbeddedKafkaBroker;
import io.newstimeline.kafka.GroupProgress;
import io.newstimeline.kafka.KafkaClientConfigs;
import io.newstimeline.kafka.TopicAdmin;
import io.newstimeline.kafka.TopicCatalog;
import io.newstimeline.kafka.TopicSpec;
import io.newstimeline.producer.EventLoader;
import io.newstimeline.schema.InMemorySchemaRegistry;
import io.newstimeline.app.PipelineProperties;
import io.newstimeline.topology.store.StoreNames;
import io.newstimeline.topology.TimelineConfig;
import io.newstimeline.topology.TimelineSerdes;
import io.newstimeline.app.TimelineStreamsConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.newstimeline.producer.SyntheticStory;

/**
 * Measures the timeline against the raw broker it runs on, on one embedded KRaft broker and one
 * deterministic synthetic story:
 * <ul>
 *   <li><b>raw</b>: produce rate of pre-encoded events, and a plain consumer reading them back;
 *   <li><b>replay</b>: the same events from offset 0, on a fresh application id each run, by a
 *       pass-through Streams app (Avro decode and encode of every {@link NewsEvent}, exactly-once)
 *       and by the full timeline topology; throughput is events divided by the time from RUNNING
 *       until the app's group has committed every source and repartition offset;
 *   <li><b>history</b>: throughput of a probe of new events after a short history and after a long
 *       one; flat per-event cost gives a ratio near 1;
 *   <li><b>latency</b>: from just before each send to the first committed timeline entry naming
 *       the event, at a steady rate, counted once a warm-up has drained through the new app;
 *   <li><b>extraction</b>: articles per second of the article extractor on one thread;
 *   <li><b>memory</b>: peak heap used and the process RSS (broker, clients and apps share it).
 * </ul>
 * Every throughput figure is the median of {@link BenchOptions#runs()} runs, each next to the CPU
 * it took per event, which other load on a shared machine moves much less than the rate.
 */
public final class Benchmark {

  private static final Logger log = LoggerFactory.getLogger(Benchmark.class);
  private static final Duration CATCH_UP_TIMEOUT = Duration.ofMinutes(30);
  /**
   * Events of the topology's warm-up run: enough for the JIT to compile its hot paths. After 5,000
   * the three counted runs still sped up one after the other (1.4k, 1.9k, 2.2k events/s).
   */
  private static final int WARMUP_EVENTS = 15_000;
  /** How long the extractor runs untimed to warm the JIT up, and the articles of each timed run. */
  private static final Duration EXTRACTION_WARMUP = Duration.ofSeconds(15);
  private static final int EXTRACTION_ARTICLES = 5_000;
  /** Records of each raw produce and consume run. */
  private static final int RAW_RECORDS = 400_000;
  /** Stream thread metrics reported with the latency: commit cost and frequency, and the thread's time split. */
  private static final List<String> LATENCY_THREAD_METRICS = List.of("commit-latency-avg", "commit-latency-max",
      "commit-rate", "process-ratio", "punctuate-ratio", "commit-ratio", "poll-ratio");

  private final BenchOptions options;
  private final BenchReport report = new BenchReport();
  private EmbeddedKafkaBroker broker;
  private Admin admin;
  private TimelineSerdes serdes;
  private SyntheticStory story;

  private Benchmark(BenchOptions options) {
    this.options = options;
  }

  /** Runs the parts of {@code options} and returns their results; also writes them to {@code options.out()}. */
  public static BenchReport run(BenchOptions options) throws InterruptedException {
    return new Benchmark(options).run();
  }

  private BenchReport run() throws InterruptedException {
    long started = System.nanoTime();
    long machineAtStart = CpuClock.machineNanos();
    long processAtStart = CpuClock.processNanos();
    describe();
    try (ProcessMemory memory = ProcessMemory.start();
        EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(BrokerOptions.defaults().withPort(0));
        Admin client = Admin.create(KafkaClientConfigs.common(kafka.bootstrapServers(), "news-timeline-bench-admin"))) {
      broker = kafka;
      admin = client;
      serdes = TimelineSerdes.avro(new InMemorySchemaRegistry());
      story = SyntheticStory.withSeed(options.seed());
      if (options.parts().contains(Part.RAW) || options.parts().contains(Part.REPLAY)) {
        replay();
      }
      if (options.parts().contains(Part.HISTORY)) {
        history();
      }
      if (options.parts().contains(Part.LATENCY)) {
        latency();
      }
      if (options.parts().contains(Part.EXTRACTION)) {
        extraction();
      }
      if (options.parts().contains(Part.API)) {
        api();
      }
      memory(memory);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    report.durationSeconds(seconds);
    long machine = CpuClock.machineNanos() - machineAtStart;
    long process = CpuClock.processNanos() - processAtStart;
    if (machineAtStart >= 0 && processAtStart >= 0) {
      // How much of the machine other work took while the bench ran: figures from a busy machine are low.
      report.machine("otherProcessesCores", Math.round(Math.max(0, machine - process) / 1e9 / seconds * 100) / 100.0);
      report.machine("benchCores", Math.round(process / 1e9 / seconds * 100) / 100.0);
    }
    report.writeJson(options.out());
    return report;
  }

  private void describe() {
    Runtime runtime = Runtime.getRuntime();
    report.machine("cores", runtime.availableProcessors());
    report.machine("maxHeapMiB", runtime.maxMemory() / (1024 * 1024));
    report.machine("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    report.machine("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    report.option("seed", options.seed());
    report.option("replayEvents", options.replayEvents());
    report.option("runs", options.runs());
    report.option("shortHistory", options.shortHistory());
    report.option("longHistory", options.longHistory());
    report.option("probeEvents", options.probeEvents());
    report.option("latencyPerSecond", options.latencyPerSecond());
    report.option("latencyWarmupSeconds", options.latencyWarmup().toSeconds());
    report.option("latencyMaxWarmupSeconds", options.latencyMaxWarmup().toSeconds());
    report.option("latencySeconds", options.latencyDuration().toSeconds());
    report.option("parts", options.parts().stream().map(Enum::name).sorted().toList());
    report.option("actorTimelineSize", options.actorTimelineSize());
    report.option("viewFlushMillis", options.viewFlushInterval().toMillis());
    report.option("streamsOverrides", options.streamsOverrides());
    PipelineProperties pipeline = pipelineProperties("x", TopicCatalog.defaults());
    report.option("streamsConfig.timeline", settings(pipeline.timeline()));
    report.option("streamsConfig.actorViews", settings(pipeline.actorViews()));
    report.option("streamsConfig.passThrough", settings(streamsProperties("x", TopicCatalog.defaults())));
  }

  /** {@code props} without what differs from run to run (ids, addresses, directories). */
  private static Map<String, String> settings(Properties props) {
    return new java.util.TreeMap<>(props.entrySet().stream()
        .filter(e -> !e.getKey().toString().endsWith(".dir") && !e.getKey().toString().startsWith("bootstrap")
            && !e.getKey().toString().startsWith("application.id"))
        .collect(Collectors.toMap(e -> e.getKey().toString(), e -> e.getValue().toString())));
  }

  // ---------------------------------------------------------------------------------------------
  // Raw broker and replay

  private void replay() throws InterruptedException {
    TopicCatalog topics = TopicCatalog.withPrefix("bench-replay.");
    String copyTopic = topics.prefix() + "copy";
    ensureTopics(topics, List.of(new TopicSpec(copyTopic, TopicCatalog.DEFAULT_PARTITIONS, Map.of())));
    int events = options.replayEvents();
    log.info("Encoding {} events of the story (seed {})", events, options.seed());
    byte[][] encoded = encode(0, events, topics.events());
    long bytes = 0;
    for (byte[] value : encoded) {
      bytes += value.length;
    }
    report.option("replayMeanValueBytes", bytes / events);

    try (EventLoader loader = newLoader()) {
      loadEncoded(loader, 0, encoded, topics.events());
      if (options.parts().contains(Part.RAW)) {
        raw(loader, encoded);
      }
    }
    encoded = null;
    if (!options.parts().contains(Part.REPLAY)) {
      deleteAll(topics, List.of());
      return;
    }

    Series passThrough = new Series();
    Series timeline = new Series();
    List<String> apps = new ArrayList<>(List.of("bench-warmup"));
    // The first Streams apps of a JVM run while the JIT compiles the clients; not counted.
    Measured warmup = replayRate(() -> startPassThrough("bench-warmup", topics, copyTopic), "bench-warmup", events);
    log.info("Warm-up pass-through run (not counted): {} events/s", Math.round(warmup.perSecond()));
    warmUpTopology(Math.min(events, WARMUP_EVENTS));
    for (int run = 0; run < options.runs(); run++) {
      // Alternate, so a drift of the machine over time (page cache, disk, JIT) hits both alike.
      String copyApp = "bench-passthrough-" + (run + 1);
      apps.add(copyApp);
      double copied = passThrough.add(replayRate(() -> startPassThrough(copyApp, topics, copyTopic), copyApp, events));
      log.info("Pass-through Streams run {}: {} events/s", run + 1, Math.round(copied));
      String timelineApp = "bench-topology-" + (run + 1);
      apps.add(timelineApp);
      // Outputs of its own: the actor-view stage reads the revisions topic from its start, and
      // would otherwise read the earlier runs' revisions too.
      TopicCatalog runTopics = topics.withOutputPrefix(topics.prefix() + "run-" + (run + 1) + ".");
      ensureTopics(runTopics.outputs());
      double replayed = timeline.add(replayRate(() -> startTimeline(timelineApp, runTopics), timelineApp, events));
      log.info("Timeline topology replay run {}: {} events/s", run + 1, Math.round(replayed));
      if (run == 0) {
        List<String> written = new ArrayList<>(List.of(runTopics.timeline(), runTopics.timelineRevisions(),
            runTopics.actorTimelines(), runTopics.actorLinks(), runTopics.linkAlerts(), runTopics.deadLetters()));
        written.addAll(internalTopics(timelineApp));
        report.footprint(timelineApp, TopicFootprint.of(admin, written), events);
      }
    }
    passThrough.report("streams.passthrough", "pass-through Streams app (Avro, EOS v2)", "events/s");
    timeline.report("topology.replay", "timeline replay, both stages (EOS v2)", "events/s");
    report.add(new Ratio("ratio.topology_vs_passthrough", "topology / pass-through",
        median(timeline.rates) / median(passThrough.rates), 0.5, true));
    deleteAll(topics, apps);
  }

  /**
   * Raw broker rates on a topic of its own: the encoded events sent {@code repeat} times (so a run
   * lasts long enough to be timed, whatever the replay size), then read back by a plain consumer.
   */
  private void raw(EventLoader loader, byte[][] encoded) {
    int repeat = (int) Math.max(1, Math.ceil(RAW_RECORDS / (double) encoded.length));
    long records = (long) repeat * encoded.length;
    report.option("rawRecords", records);
    List<Double> produced = new ArrayList<>();
    List<Double> consumed = new ArrayList<>();
    for (int run = 0; run < options.runs(); run++) {
      String topic = "bench-raw-" + (run + 1);
      ensureTopics(List.of(new TopicSpec(topic, TopicCatalog.DEFAULT_PARTITIONS, Map.of())));
      long start = System.nanoTime();
      for (int copy = 0; copy < repeat; copy++) {
        loadEncoded(loader, 0, encoded, topic);
      }
      produced.add(rate(records, start, System.nanoTime()));
      consumed.add(consume(topic, records));
      log.info("Raw run {}: produce {} records/s, consume {} records/s", run + 1, Math.round(produced.get(run)),
          Math.round(consumed.get(run)));
      deleteTopics(Set.of(topic));
    }
    report.add(figure("raw.produce", "raw produce (idempotent, acks=all)", "records/s", produced));
    report.add(figure("raw.consume", "raw consume (plain consumer)", "records/s", consumed));
  }

  /** Runs the topology once over the first {@code events} of the story on topics of its own; not counted. */
  private void warmUpTopology(int events) throws InterruptedException {
    TopicCatalog topics = TopicCatalog.withPrefix("bench-warmup-topology.");
    ensureTopics(topics, List.of());
    try (EventLoader loader = newLoader()) {
      load(loader, 0, events, topics.events());
    }
    Measured warmup = replayRate(() -> startTimeline("bench-warmup-topology", topics), "bench-warmup-topology", events);
    log.info("Warm-up topology run over {} events (not counted): {} events/s", events, Math.round(warmup.perSecond()));
    deleteAll(topics, List.of("bench-warmup-topology"));
  }

  /** Reads {@code topic} from its start to its end with a plain consumer; returns records per second. */
  private double consume(String topic, long expected) {
    Map<String, Object> props = KafkaClientConfigs.consumer(broker.bootstrapServers(), "news-timeline-bench-consumer", "unused");
    props.remove(ConsumerConfig.GROUP_ID_CONFIG);
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
          .map(p -> new TopicPartition(topic, p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      long count = 0;
      long start = System.nanoTime();
      while (count < expected) {
        count += consumer.poll(Duration.ofMillis(100)).count();
      }
      long stop = System.nanoTime();
      if (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
        throw new IllegalStateException("Consumer stopped before the end of " + topic);
      }
      return rate(count, start, stop);
    }
  }

  /** Throughput of one run, and the CPU it took per event: whole process and the app's own threads. */
  record Measured(double perSecond, double processCpuMicros, double appCpuMicros) {}

  /** The throughput figures and CPU per event of several runs of one kind. */
  private final class Series {
    final List<Double> rates = new ArrayList<>();
    final List<Double> processCpu = new ArrayList<>();
    final List<Double> appCpu = new ArrayList<>();

    double add(Measured m) {
      rates.add(m.perSecond());
      processCpu.add(m.processCpuMicros());
      appCpu.add(m.appCpuMicros());
      return m.perSecond();
    }

    void report(String key, String label, String unit) {
      report.add(figure(key, label, unit, rates));
      report.add(figure(key + ".cpu_process", "  CPU per event, whole process", "us", processCpu));
      report.add(figure(key + ".cpu_app", "  CPU per event, the app's threads", "us", appCpu));
    }
  }

  /** Runs what {@code start} starts, fresh applications, over what is already on their sources. */
  private Measured replayRate(Supplier<StreamsRun> start, String applicationId, long events)
      throws InterruptedException {
    try (StreamsRun run = start.get()) {
      CpuClock.Reading before = CpuClock.Reading.now(applicationId + "-");
      long done = run.awaitCaughtUp(CATCH_UP_TIMEOUT);
      double[] cpu = before.microsPerEvent(CpuClock.Reading.now(applicationId + "-"), events);
      if (done == GroupProgress.ALREADY_CAUGHT_UP) {
        log.warn("{} processed all {} events before it was RUNNING; its rate is not counted (more events?)",
            applicationId, events);
        return new Measured(Double.NaN, cpu[0], cpu[1]);
      }
      return new Measured(rate(events, run.runningAt(), done), cpu[0], cpu[1]);
    }
  }

  /** A Streams app that decodes every event and encodes it again to {@code to}: the floor of any Avro topology. */
  static Topology passThrough(String from, String to, Serde<NewsEvent> events) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(from, Consumed.with(Serdes.String(), events).withName("events"))
        .to(to, Produced.with(Serdes.String(), events).withName("copy"));
    return builder.build();
  }

  // ---------------------------------------------------------------------------------------------
  // History

  private void history() throws InterruptedException {
    if (!options.parts().contains(Part.REPLAY)) {
      // The early probes run first: on a cold JIT they ran slower than the late ones (ratio 1.17).
      warmUpTopology(WARMUP_EVENTS);
    }
    int probe = options.probeEvents();
    Series early = new Series();
    for (int run = 0; run < options.runs(); run++) {
      String app = "bench-short-" + (run + 1);
      TopicCatalog topics = TopicCatalog.withPrefix(app + ".");
      ensureTopics(topics, List.of());
      double rate;
      try (EventLoader loader = newLoader();
          StreamsRun streams = startTimeline(app, topics)) {
        load(loader, 0, options.shortHistory(), topics.events());
        streams.awaitCaughtUp(CATCH_UP_TIMEOUT);
        rate = early.add(probeRate(loader, streams, app, topics, options.shortHistory(), probe));
      }
      log.info("History probe after {} events, run {}: {} events/s", options.shortHistory(), run + 1, Math.round(rate));
      deleteAll(topics, List.of(app));
    }

    Series late = new Series();
    String app = "bench-long";
    TopicCatalog topics = TopicCatalog.withPrefix(app + ".");
    ensureTopics(topics, List.of());
    try (EventLoader loader = newLoader()) {
      log.info("Loading a history of {} events", options.longHistory());
      load(loader, 0, options.longHistory(), topics.events());
      try (StreamsRun streams = startTimeline(app, topics)) {
        long built = streams.awaitCaughtUp(CATCH_UP_TIMEOUT);
        double buildRate = built == GroupProgress.ALREADY_CAUGHT_UP ? Double.NaN
            : rate(options.longHistory(), streams.runningAt(), built);
        log.info("Long history of {} events replayed at {} events/s", options.longHistory(), Math.round(buildRate));
        report.add(figure("topology.replay_long", "timeline replay of the long history (1 run)", "events/s", List.of(buildRate)));
        for (int run = 0; run < options.runs(); run++) {
          long from = options.longHistory() + (long) run * probe;
          double rate = late.add(probeRate(loader, streams, app, topics, from, probe));
          log.info("History probe after {} events, run {}: {} events/s", from, run + 1, Math.round(rate));
        }
      }
    }
    deleteAll(topics, List.of(app));
    early.report("history.early", "probe after short history (" + options.shortHistory() + ")", "events/s");
    late.report("history.late", "probe after long history (" + options.longHistory() + ")", "events/s");
    report.add(new Ratio("ratio.late_vs_early_history", "late / early history",
        median(late.rates) / median(early.rates), 0.8, true));
  }

  /** Sends events {@code [from, from + count)} to a caught-up app and times it until it has caught up again. */
  private Measured probeRate(EventLoader loader, StreamsRun streams, String applicationId, TopicCatalog topics, long from,
      int count) throws InterruptedException {
    CpuClock.Reading before = CpuClock.Reading.now(applicationId + "-");
    long start = System.nanoTime();
    load(loader, from, from + count, topics.events());
    long done = streams.awaitCaughtUp(CATCH_UP_TIMEOUT);
    if (done == GroupProgress.ALREADY_CAUGHT_UP) {
      done = System.nanoTime(); // caught up before the first check: at most one check late
    }
    double[] cpu = before.microsPerEvent(CpuClock.Reading.now(applicationId + "-"), count);
    return new Measured(rate(count, start, done), cpu[0], cpu[1]);
  }

  /** Every topic Kafka Streams created for {@code applicationId}: repartition topics and changelogs. */
  private List<String> internalTopics(String applicationId) {
    try {
      return admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
          .filter(t -> t.startsWith(applicationId + "-")).sorted().toList();
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Could not list topics: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while listing topics", e);
    }
  }

  /** The timeline's two applications, as {@code run} starts them, over {@code topics}. */
  private StreamsRun startTimeline(String applicationId, TopicCatalog topics) {
    TimelineConfig config = new TimelineConfig(topics, options.actorTimelineSize())
        .withViewFlushInterval(options.viewFlushInterval());
    return StreamsRun.startPipeline(broker.bootstrapServers(), config, serdes, pipelineProperties(applicationId, topics));
  }

  /** The pass-through application over {@code topics}' events, copying them to {@code copyTopic}. */
  private StreamsRun startPassThrough(String applicationId, TopicCatalog topics, String copyTopic) {
    return StreamsRun.start(broker.bootstrapServers(), passThrough(topics.events(), copyTopic, serdes.event()),
        applicationId, streamsProperties(applicationId, topics));
  }

  // ---------------------------------------------------------------------------------------------
  // Latency

  private void latency() throws InterruptedException {
    if (!options.parts().contains(Part.REPLAY) && !options.parts().contains(Part.HISTORY)) {
      warmUpTopology(WARMUP_EVENTS); // a cold JIT runs the topology at a fraction of its speed
    }
    int rate = options.latencyPerSecond();
    int measured = Math.toIntExact(rate * options.latencyDuration().toSeconds());
    Map<String, List<Double>> runs = new LinkedHashMap<>();
    for (int run = 1; run <= options.runs(); run++) {
      String app = "bench-latency-" + run;
      TopicCatalog topics = TopicCatalog.withPrefix(app + ".");
      ensureTopics(topics, List.of());
      LatencyProbe.Result result;
      Map<String, Double> threadMetrics = new LinkedHashMap<>();
      try (StreamsRun streams = startTimeline(app, topics)) {
        result = new LatencyProbe(broker.bootstrapServers(), serdes.event().serializer(), serdes.entry().deserializer(),
            serdes.linkAlert().deserializer())
            .run(story, topics.events(), topics.timeline(), topics.linkAlerts(), rate, options.latencyWarmup(), options.latencyMaxWarmup(), measured,
                Duration.ofSeconds(15));
        // What the stream thread did while counting: how long and how often it commits, and how it
        // splits its time, which is what bounds the latency (docs/BENCHMARKS.md, "Latency").
        for (String metric : LATENCY_THREAD_METRICS) {
          threadMetrics.put(metric, streams.threadMetric(metric));
        }
      }
      deleteAll(topics, List.of(app));
      log.info("Latency run {} at {}/s: p50 {} ms, p99 {} ms, max {} ms, {} missing; {} link alerts p50 {} ms, p99 {} ms;"
          + " warm-up {} s, drained {} ms after its last send; JIT compiled {} ms while counting; stream thread {}", run,
          rate, result.p50Ms(), result.p99Ms(), result.maxMs(), result.missing(), result.alerts().count(),
          result.alerts().p50Ms(), result.alerts().p99Ms(), result.warmupSeconds(), result.warmupDrainMs(),
          result.countedCompileMs(), threadMetrics);
      add(runs, "latency.warmup", result.warmupSeconds());
      add(runs, "latency.warmup_drain", result.warmupDrainMs());
      add(runs, "latency.counted_jit", result.countedCompileMs());
      add(runs, "latency.sent_rate", result.sentPerSecond());
      threadMetrics.forEach((metric, value) -> add(runs, "latency.thread." + metric, value));
      add(runs, "latency.p50", result.p50Ms());
      add(runs, "latency.p99", result.p99Ms());
      add(runs, "latency.max", result.maxMs());
      add(runs, "latency.missing", result.missing());
      add(runs, "latency.alerts", result.alerts().count());
      add(runs, "latency.alert_p50", result.alerts().p50Ms());
      add(runs, "latency.alert_p99", result.alerts().p99Ms());
      add(runs, "latency.alert_max", result.alerts().maxMs());
    }
    report.add(figure("latency.warmup", "latency run: warm-up until the JIT settled", "s", runs.get("latency.warmup")));
    report.add(figure("latency.warmup_drain", "latency run: warm-up on the timeline after its last send", "ms",
        runs.get("latency.warmup_drain")));
    report.add(figure("latency.counted_jit", "latency run: JIT compile time while counting", "ms",
        runs.get("latency.counted_jit")));
    report.add(figure("latency.sent_rate", "latency run: send rate achieved", "events/s", runs.get("latency.sent_rate")));
    for (String metric : LATENCY_THREAD_METRICS) {
      report.add(figure("latency.thread." + metric, "latency run: timeline stage thread " + metric,
          metric.endsWith("-ratio") ? "share" : metric.endsWith("-rate") ? "/s" : "ms", runs.get("latency.thread." + metric)));
    }
    report.add(figure("latency.p50", "produce -> timeline p50 (EOS)", "ms", runs.get("latency.p50")));
    Figure p99 = figure("latency.p99", "produce -> timeline p99 (EOS)", "ms", runs.get("latency.p99"));
    report.add(p99);
    report.add(figure("latency.max", "produce -> timeline max (EOS)", "ms", runs.get("latency.max")));
    report.add(figure("latency.missing", "events never seen on the timeline", "events", runs.get("latency.missing")));
    report.add(figure("latency.alerts", "link alerts set off by counted events", "alerts", runs.get("latency.alerts")));
    report.add(figure("latency.alert_p50", "produce -> link alert p50 (EOS, two stages)", "ms", runs.get("latency.alert_p50")));
    report.add(figure("latency.alert_p99", "produce -> link alert p99", "ms", runs.get("latency.alert_p99")));
    report.add(figure("latency.alert_max", "produce -> link alert max", "ms", runs.get("latency.alert_max")));
    report.add(new Ratio("latency.p99_target", "p99 produce -> timeline (ms)", p99.median(), 250, false));
  }

  // ---------------------------------------------------------------------------------------------
  // Query API and live stream

  /**
   * One pipeline with its API server: the story is loaded until the timeline holds
   * {@code longHistory} entries, then timeline and actor pages are timed, then reports are sent at
   * the latency rate while the live stream is read (target: a 50-entry page's p99 ≤ 50 ms over
   * 100k entries, a report on the stream ≤ 500 ms after its send at 1,000 events/s).
   */
  private void api() throws InterruptedException {
    String app = "bench-api";
    TopicCatalog topics = TopicCatalog.withPrefix(app + ".");
    ensureTopics(topics, List.of());
    TimelineConfig config = new TimelineConfig(topics, options.actorTimelineSize())
        .withViewFlushInterval(options.viewFlushInterval());
    int target = options.longHistory();
    try (ApiServer server = ApiServer.bind("127.0.0.1", 0);
        EventLoader loader = newLoader();
        StreamsRun streams = StreamsRun.startPipeline(broker.bootstrapServers(), config, serdes,
            pipelineProperties(app, topics).with(StreamsConfig.APPLICATION_SERVER_CONFIG, server.applicationServer()))) {
      server.serve(streams.pipeline(), config, serdes, broker.bootstrapServers());
      long loaded = 0;
      long entries = 0;
      while (entries < target) {
        long next = loaded + Math.max(1_000, (long) ((target - entries) * 1.15));
        load(loader, loaded, next, topics.events());
        loaded = next;
        streams.awaitCaughtUp(CATCH_UP_TIMEOUT);
        entries = timelineEntries(streams);
        log.info("API bench: {} events loaded, {} timeline entries", loaded, entries);
      }
      ApiBench bench = new ApiBench(server.url());
      int requests = Math.max(100, Math.min(2_000, target / 50));
      ApiBench.Percentiles timeline = bench.pages(ApiBench.timelinePages(story, loaded, requests, options.seed()), requests / 5);
      ApiBench.Percentiles actors = bench.pages(ApiBench.actorPages(story, loaded, requests / 2, options.seed()), requests / 10);
      int rate = options.latencyPerSecond();
      int warmup = Math.toIntExact(rate * options.latencyWarmup().toSeconds());
      int counted = Math.toIntExact(rate * options.latencyDuration().toSeconds());
      ApiBench.StreamResult live;
      try {
        live = bench.stream(loader, story, topics.events(), loaded, warmup, counted, rate, Duration.ofSeconds(15));
      } catch (java.io.IOException e) {
        throw new IllegalStateException("Could not read the live stream: " + e.getMessage(), e);
      }
      log.info("API bench over {} entries: timeline page p50 {} ms, p99 {} ms; actor page p50 {} ms, p99 {} ms;"
          + " live stream p50 {} ms, p99 {} ms, {} missing", entries, timeline.p50(), timeline.p99(), actors.p50(),
          actors.p99(), live.latency().p50(), live.latency().p99(), live.missing());
      report.add(figure("api.entries", "API: timeline entries in the store", "entries", List.of((double) entries)));
      report.add(figure("api.timeline_p50", "API: 50-entry timeline page p50 (" + timeline.count() + " requests)", "ms",
          List.of(timeline.p50())));
      report.add(figure("api.timeline_p99", "API: 50-entry timeline page p99", "ms", List.of(timeline.p99())));
      report.add(figure("api.timeline_max", "API: 50-entry timeline page max", "ms", List.of(timeline.max())));
      report.add(figure("api.actor_p50", "API: 50-entry actor page p50 (" + actors.count() + " requests)", "ms",
          List.of(actors.p50())));
      report.add(figure("api.actor_p99", "API: 50-entry actor page p99", "ms", List.of(actors.p99())));
      report.add(figure("api.stream_p50", "live stream: send -> SSE timeline change p50 at " + rate + " ev/s", "ms",
          List.of(live.latency().p50())));
      report.add(figure("api.stream_p99", "live stream: send -> SSE timeline change p99", "ms", List.of(live.latency().p99())));
      report.add(figure("api.stream_max", "live stream: send -> SSE timeline change max", "ms", List.of(live.latency().max())));
      report.add(figure("api.stream_missing", "live stream: counted reports never received", "events",
          List.of((double) live.missing())));
      report.add(new Ratio("api.timeline_p99_target", "API p99 of a 50-entry page (ms)", timeline.p99(), 50, false));
      report.add(new Ratio("api.stream_p99_target", "live stream p99 at " + rate + " ev/s (ms)", live.latency().p99(), 500, false));
    }
    deleteAll(topics, List.of(app));
  }

  /** The number of entries on the timeline: the keys of its order store, over every partition. */
  private static long timelineEntries(StreamsRun streams) {
    KafkaStreams timeline = streams.pipeline().timeline().streams();
    ReadOnlyKeyValueStore<String, String> order = timeline.store(
        StoreQueryParameters.fromNameAndType(StoreNames.TIMELINE_ORDER, QueryableStoreTypes.<String, String>keyValueStore()));
    long count = 0;
    try (KeyValueIterator<String, String> it = order.all()) {
      while (it.hasNext()) {
        it.next();
        count++;
      }
    }
    return count;
  }

  private static void add(Map<String, List<Double>> runs, String key, double value) {
    runs.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
  }

  // ---------------------------------------------------------------------------------------------
  // Extraction

  /**
   * Articles per second of the article extractor on this one thread, for articles of about 800
   * words built from the seed articles (target: at least 2,000/s). Needs no broker.
   */
  private void extraction() {
    Optional<ExtractionBench> bench = ExtractionBench.of(options.seeds());
    if (bench.isEmpty()) {
      report.skip("extraction", "no seed articles (*.txt) and actors.json in " + options.seeds() + " (--seeds)");
      return;
    }
    long warmUntil = System.nanoTime() + EXTRACTION_WARMUP.toNanos();
    while (System.nanoTime() < warmUntil) {
      bench.get().run(500); // the JIT compiles the extractor: its rate rises for several seconds
    }
    List<Double> rates = new ArrayList<>();
    List<Double> perCpuSecond = new ArrayList<>();
    ExtractionBench.Result result = null;
    for (int run = 0; run < options.runs(); run++) {
      result = bench.get().run(EXTRACTION_ARTICLES);
      rates.add(result.articlesPerSecond());
      perCpuSecond.add(result.articlesPerCpuSecond());
      log.info("Extraction run {}: {} articles/s, {} per CPU second", run + 1, Math.round(result.articlesPerSecond()),
          Math.round(result.articlesPerCpuSecond()));
    }
    report.option("extractionWordsPerArticle", Math.round(result.meanWords()));
    report.option("extractionEventsPerArticle", Math.round(result.eventsPerArticle() * 10) / 10.0);
    report.add(figure("extraction.articles", "article extraction, one thread (~" + Math.round(result.meanWords())
        + " words)", "articles/s", rates));
    report.add(figure("extraction.articles_cpu", "  articles per second of the thread's CPU", "articles/s", perCpuSecond));
    report.add(new Ratio("extraction.target", "extraction (articles/s)", median(rates), 2000, true));
  }

  // ---------------------------------------------------------------------------------------------
  // Memory

  private void memory(ProcessMemory memory) {
    double mib = 1024 * 1024;
    report.add(figure("memory.heap_peak", "heap used, peak (whole process)", "MiB", List.of(memory.peakHeapUsed() / mib)));
    report.add(figure("memory.heap_end", "heap used at the end", "MiB", List.of(memory.heapUsed() / mib)));
    ProcessMemory.rss().ifPresent(rss -> report.add(figure("memory.rss", "RSS at the end (VmRSS)", "MiB", List.of(rss / mib))));
    ProcessMemory.peakRss().ifPresent(rss -> report.add(figure("memory.rss_peak", "RSS peak (VmHWM)", "MiB", List.of(rss / mib))));
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private PipelineProperties pipelineProperties(String applicationId, TopicCatalog topics) {
    String bootstrap = broker == null ? "unused:9092" : broker.bootstrapServers();
    return PipelineProperties.of(applicationId, bootstrap, Path.of("unused"), topics.deadLetters())
        .withOverrides(options.streamsOverrides(), "--streams-config");
  }

  /** The pass-through's properties: the overrides for both stages apply, those for one stage do not. */
  private Properties streamsProperties(String applicationId, TopicCatalog topics) {
    String bootstrap = broker == null ? "unused:9092" : broker.bootstrapServers();
    return TimelineStreamsConfig.withOverrides(
        TimelineStreamsConfig.properties(applicationId, bootstrap, Path.of("unused"), topics.deadLetters()),
        PipelineProperties.common(options.streamsOverrides()), "--streams-config");
  }

  private EventLoader newLoader() {
    return new EventLoader(broker.bootstrapServers(), "news-timeline-bench-loader", serdes.event().serializer());
  }

  /** Sends events {@code [from, to)} of the story to {@code topic} and returns once all are acknowledged. */
  private void load(EventLoader loader, long from, long to, String topic) {
    for (long i = from; i < to; i++) {
      loader.send(topic, story.event(i));
    }
    loader.flush();
  }

  /** Encodes events {@code [from, to)} of the story, without sending them. */
  private byte[][] encode(long from, long to, String topic) {
    Serializer<NewsEvent> serializer = serdes.event().serializer();
    byte[][] encoded = new byte[Math.toIntExact(to - from)][];
    for (long i = from; i < to; i++) {
      encoded[(int) (i - from)] = serializer.serialize(topic, story.event(i));
    }
    return encoded;
  }

  /**
   * Sends pre-encoded events (event {@code from + i} is {@code encoded[i]}) and returns once all are
   * acknowledged: the raw produce rate, without generation or Avro encoding in the way. Timestamps
   * are the story's mean report times (without the per-event jitter).
   */
  private static void loadEncoded(EventLoader loader, long from, byte[][] encoded, String topic) {
    long timestamp = SyntheticStory.STORY_START.toEpochMilli();
    for (int i = 0; i < encoded.length; i++) {
      long index = from + i;
      loader.send(topic, SyntheticStory.eventId(index), timestamp + index * SyntheticStory.REPORT_GAP_SECONDS * 1000L,
          encoded[i]);
    }
    loader.flush();
  }

  private void ensureTopics(TopicCatalog topics, List<TopicSpec> extra) {
    List<TopicSpec> specs = new ArrayList<>(topics.all());
    specs.addAll(extra);
    ensureTopics(specs);
  }

  private void ensureTopics(List<TopicSpec> specs) {
    try (TopicAdmin topicAdmin = TopicAdmin.connect(broker.bootstrapServers())) {
      topicAdmin.ensureTopics(specs);
    }
  }

  /** Deletes the catalogue's topics and every internal topic of {@code applicationIds}, to free the disk. */
  private void deleteAll(TopicCatalog topics, List<String> applicationIds) {
    try {
      Set<String> names = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
          .filter(t -> t.startsWith(topics.prefix()) || applicationIds.stream().anyMatch(app -> t.startsWith(app + "-")))
          .collect(Collectors.toSet());
      deleteTopics(names);
    } catch (ExecutionException | TimeoutException e) {
      log.warn("Could not clean up after {}: {}", topics.prefix(), e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void deleteTopics(Set<String> names) {
    try {
      admin.deleteTopics(names).all().get(30, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      log.warn("Could not delete topics {}: {}", names, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Figure figure(String key, String label, String unit, List<Double> runs) {
    return new Figure(key, label, unit, median(runs), runs);
  }

  static double median(List<Double> values) {
    List<Double> sorted = values.stream().filter(v -> !v.isNaN()).sorted().toList();
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static double rate(long count, long startNanos, long stopNanos) {
    return count / ((stopNanos - startNanos) / 1e9);
  }
}
