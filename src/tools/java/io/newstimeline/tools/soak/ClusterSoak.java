package io.newstimeline.tools.soak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newstimeline.app.TimelinePipeline;
import io.newstimeline.audit.Replay;
import io.newstimeline.avro.NewsEvent;
import io.newstimeline.kafka.ClusterProbe;
import io.newstimeline.kafka.ClusterVoters;
import io.newstimeline.kafka.KafkaClientConfigs;
import io.newstimeline.kafka.TopicCatalog;
import io.newstimeline.producer.EventLoader;
import io.newstimeline.schema.RestSchemaRegistryClient;
import io.newstimeline.app.PipelineProperties;
import io.newstimeline.topology.TimelineConfig;
import io.newstimeline.topology.TimelineSerdes;
import io.newstimeline.view.TopicSnapshot;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;

/**
 * The cluster soak: three brokers ({@code broker --cluster-voters}) and three instances of
 * {@code run} on one application id, each in a JVM of its own, take a generated story (with
 * duplicates, corrections, retractions and late reports) while one instance and then one broker
 * are SIGKILLed and started again; a prober asks the query API all along. At the end the live
 * outputs must equal a clean replay's, every pair alerted once.
 *
 * <p>It measures the hand-over of a lost instance's work (from the kill until queries over every
 * partition of both stages are answered by the instances left, which is when their standbys have
 * become active and run), the stall a lost broker causes (from the kill until the producer's next
 * acknowledged chunk, and until each stage commits again), and the query API's latency
 * meanwhile. The registry runs on node 1, which is never the broker killed: the cluster keeps one
 * registry (docs/OPERATIONS.md).
 */
public final class ClusterSoak {

  private static final Pattern BROKER_SERVING = Pattern.compile("Broker serving: Kafka at ");
  private static final Pattern RUN_RUNNING = Pattern.compile("Timeline running on ");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
  private static final Duration HANDOVER_TIMEOUT = Duration.ofMinutes(2);
  private static final Duration CATCH_UP_TIMEOUT = Duration.ofMinutes(30);
  private static final String APPLICATION_ID = "news-timeline-cluster-soak";
  private static final int CHUNK = 50;
  private static final int BROKERS = 3;
  /** The broker killed: not node 1, which holds the registry. */
  private static final int BROKER_VICTIM = 2;
  /** The instance killed. */
  private static final int INSTANCE_VICTIM = 1;

  /**
   * How to soak.
   *
   * @param events story events to publish (corrections and retractions come on top)
   * @param eventsPerSecond the publishing pace, so that the kills come under a steady load
   * @param instances instances of {@code run}, at least 2
   * @param seed seed of the story
   * @param workDir where the brokers' data, the stream state and each process's output go
   * @param heap heap cap of each child JVM, e.g. {@code 256m}
   */
  public record Options(int events, int eventsPerSecond, int instances, long seed, Path workDir, String heap) {}

  /** The query API's answers over a time window: how many, how many 503s, and the latency of the others. */
  public record ApiFigures(int requests, int unavailable, int other, double p50Millis, double p99Millis) {}

  /**
   * What the soak saw.
   *
   * @param published records published
   * @param spread the partitions of the timeline store each instance held before the kills
   * @param replication each topic's replication factor and {@code min.insync.replicas}, as {@code 3/2}
   * @param instanceHandover seconds from the kill of an instance until both stages answered for every partition again
   * @param producerStall seconds from the kill of a broker until the producer's next acknowledged chunk
   * @param timelineStall seconds from the kill of a broker until the timeline stage committed again
   * @param actorViewsStall seconds from the kill of a broker until the actor-view stage committed again
   * @param duringHandover the query API from the kill of the instance until a second after its hand-over
   * @param overall the query API over the whole soak
   * @param wrongAnswers answers that were neither a timeline in order without repeats nor a 503 with Retry-After
   * @param live the live outputs at the end
   * @param replay the outputs of a clean replay of the same events
   */
  public record Result(long published, Map<Integer, List<Integer>> spread, Map<String, String> replication,
      double instanceHandover,
      double producerStall, double timelineStall, double actorViewsStall, ApiFigures duringHandover,
      ApiFigures overall, List<String> wrongAnswers, PipelineOutputs live, PipelineOutputs replay) {

    /** Whether the live outputs equal the replay's, no pair was alerted twice and the API never answered wrong. */
    public boolean passed() {
      return live.sameAs(replay) && live.repeatedAlerts().isEmpty() && wrongAnswers.isEmpty();
    }
  }

  /** One answer of the prober. */
  private record Probe(long at, int status, long nanos, boolean retryAfter) {}

  private final Options options;
  private final PrintStream report;
  private final int[] kafkaPorts = new int[BROKERS];
  private final ClusterVoters voters;
  private final int registryPort = freePort();
  private final int[] httpPorts;
  private final String bootstrap;
  private final String registryUrl;
  private final ChildJvm[] brokers = new ChildJvm[BROKERS];
  private final ChildJvm[] runs;
  private final URI[] apis;
  private final boolean[] down;
  private final List<Probe> probes = Collections.synchronizedList(new ArrayList<>());
  private final List<String> wrongAnswers = Collections.synchronizedList(new ArrayList<>());
  private final List<Long> acknowledgedChunks = Collections.synchronizedList(new ArrayList<>());

  public ClusterSoak(Options options, PrintStream report) {
    if (options.instances() < 2) {
      throw new IllegalArgumentException("A hand-over needs at least 2 instances");
    }
    this.options = options;
    this.report = report;
    List<String> voterList = new ArrayList<>();
    for (int i = 0; i < BROKERS; i++) {
      kafkaPorts[i] = freePort();
      voterList.add((i + 1) + "@127.0.0.1:" + freePort());
    }
    this.voters = ClusterVoters.parse(String.join(",", voterList));
    this.bootstrap = java.util.Arrays.stream(kafkaPorts).mapToObj(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
    this.registryUrl = "http://127.0.0.1:" + registryPort;
    this.httpPorts = new int[options.instances()];
    for (int i = 0; i < httpPorts.length; i++) {
      httpPorts[i] = freePort();
    }
    this.runs = new ChildJvm[options.instances()];
    this.apis = new URI[options.instances()];
    this.down = new boolean[options.instances()];
  }

  /** The cluster's bootstrap servers. */
  public String bootstrapServers() {
    return bootstrap;
  }

  /** Runs the soak and returns what it saw; every process it started is stopped. */
  public Result run() throws InterruptedException {
    TopicCatalog topics = TopicCatalog.defaults();
    AtomicBoolean probing = new AtomicBoolean(true);
    Thread prober = new Thread(() -> probe(probing), "cluster-soak-prober");
    try {
      startCluster();
      // The first instance creates the topics; the others start once it runs, as an operator adds instances.
      startRun(0);
      awaitRunning(0);
      for (int i = 1; i < runs.length; i++) {
        startRun(i);
      }
      for (int i = 1; i < runs.length; i++) {
        awaitRunning(i);
      }
      Map<Integer, List<Integer>> spread = awaitSpread();
      report.printf("Timeline partitions per instance: %s%n", spread);
      Map<String, String> replication = replication();
      report.printf("Replicas/in sync per topic: %s%n", replication);
      prober.setDaemon(true);
      prober.start();
      TimelineSerdes serdes = TimelineSerdes.avro(new RestSchemaRegistryClient(registryUrl));
      Publisher publisher = new Publisher(topics, serdes);
      Thread publishing = new Thread(publisher, "cluster-soak-publisher");
      publishing.setDaemon(true); // left waiting for the second half if the soak fails before it
      publishing.start();

      awaitPublished(publisher, options.events() / 4);
      long instanceKilled = System.nanoTime();
      runs[INSTANCE_VICTIM].kill();
      down[INSTANCE_VICTIM] = true;
      report.printf("Killed instance %d (pid %d)%n", INSTANCE_VICTIM + 1, runs[INSTANCE_VICTIM].pid());
      double handover = awaitHandover(instanceKilled);
      long handedOver = System.nanoTime();
      report.printf(Locale.ROOT, "Instance %d's partitions answered by the others %.1f s after the kill%n",
          INSTANCE_VICTIM + 1, handover);
      startRun(INSTANCE_VICTIM);

      awaitPublished(publisher, options.events() / 2);
      Map<String, Long> committedBefore = committed(topics);
      publisher.secondHalf.countDown();
      long brokerKilled = System.nanoTime();
      brokers[BROKER_VICTIM - 1].kill();
      report.printf("Killed broker %d (pid %d)%n", BROKER_VICTIM, brokers[BROKER_VICTIM - 1].pid());
      double[] stalls = awaitProgressAfter(brokerKilled, committedBefore, topics);
      report.printf(Locale.ROOT, "After the broker kill: producer acknowledged again after %.1f s, timeline stage"
          + " committed again after %.1f s, actor views after %.1f s%n", stalls[0], stalls[1], stalls[2]);
      startBroker(BROKER_VICTIM);
      awaitRunning(INSTANCE_VICTIM);
      down[INSTANCE_VICTIM] = false;
      brokers[BROKER_VICTIM - 1].awaitLine(BROKER_SERVING, brokerLogFrom, START_TIMEOUT);
      report.printf("Broker %d and instance %d back%n", BROKER_VICTIM, INSTANCE_VICTIM + 1);

      publishing.join();
      if (publisher.failure != null) {
        throw new IllegalStateException("Publishing failed: " + publisher.failure, publisher.failure);
      }
      report.printf("Published %,d records; waiting for the instances to catch up%n", publisher.published);
      TimelinePipeline.awaitCaughtUp(bootstrap, TimelineConfig.defaults().withTopics(topics), serdes, APPLICATION_ID,
          Duration.ofSeconds(1), CATCH_UP_TIMEOUT, check -> requireRunsAlive());
      probing.set(false);
      prober.join();
      for (ChildJvm run : runs) {
        run.stop(Duration.ofSeconds(60));
      }
      PipelineOutputs live = PipelineOutputs.read(new TopicSnapshot(bootstrap, Duration.ofMinutes(2)), topics, serdes);
      report.println("Replaying the events into cluster-replay.* for comparison");
      String replayPrefix = "cluster-replay.";
      Replay.run(bootstrap, serdes, topics, replayPrefix, CATCH_UP_TIMEOUT, check -> { });
      PipelineOutputs replay = PipelineOutputs.read(new TopicSnapshot(bootstrap, Duration.ofMinutes(2)),
          topics.withOutputPrefix(replayPrefix), serdes);
      ApiFigures during = figures(instanceKilled, handedOver + TimeUnit.SECONDS.toNanos(1));
      ApiFigures overall = figures(Long.MIN_VALUE, Long.MAX_VALUE);
      return new Result(publisher.published, spread, replication, handover, stalls[0], stalls[1], stalls[2], during, overall,
          List.copyOf(wrongAnswers), live, replay);
    } finally {
      probing.set(false);
      for (ChildJvm run : runs) {
        if (run != null) {
          run.close();
        }
      }
      // All at once: a node left alone without a quorum takes seconds to stop.
      for (ChildJvm broker : brokers) {
        if (broker != null) {
          broker.close();
        }
      }
    }
  }

  private void startCluster() throws InterruptedException {
    for (int node = 1; node <= BROKERS; node++) {
      startBroker(node);
    }
    for (int node = 1; node <= BROKERS; node++) {
      brokers[node - 1].awaitLine(BROKER_SERVING, 0, START_TIMEOUT);
    }
    report.printf("Cluster of %d brokers serving at %s (voters %s)%n", BROKERS, bootstrap, voters);
  }

  /**
   * Measures the pipeline's rate on the cluster with 1, 2, ... {@code options.instances()}
   * instances: for each count, that many instances of {@code run} on an application id and topic
   * prefix of their own, once they share the partitions, are given {@code options.events()} story
   * events at once; the rate is the events over the time from the first sent until both stages
   * have committed past the last. Returns events per second by instance count.
   */
  public Map<Integer, Double> scaleOut() throws InterruptedException {
    Map<Integer, Double> rates = new java.util.TreeMap<>();
    try {
      startCluster();
      TimelineSerdes serdes = TimelineSerdes.avro(new RestSchemaRegistryClient(registryUrl));
      for (int count = 1; count <= options.instances(); count++) {
        String prefix = "scale" + count + ".";
        String applicationId = "news-timeline-scale-" + count;
        TopicCatalog topics = TopicCatalog.withPrefix(prefix);
        for (int i = 0; i < count; i++) {
          startRun(i, applicationId, prefix, "scale" + count + "-state-" + (i + 1));
          if (i == 0) {
            awaitRunning(0); // creates the topics
          }
        }
        for (int i = 1; i < count; i++) {
          awaitRunning(i);
        }
        if (count > 1) {
          awaitSpread(count);
        }
        long started = System.nanoTime();
        long published = publishAll(topics, serdes);
        TimelinePipeline.awaitCaughtUp(bootstrap, TimelineConfig.defaults().withTopics(topics), serdes, applicationId,
            Duration.ofMillis(500), CATCH_UP_TIMEOUT, check -> { });
        double seconds = (System.nanoTime() - started) / 1e9;
        rates.put(count, options.events() / seconds);
        report.printf(Locale.ROOT, "%d instance(s): %,d events (%,d records) in %.1f s: %.0f events/s%n", count,
            options.events(), published, seconds, options.events() / seconds);
        for (int i = 0; i < count; i++) {
          runs[i].stop(Duration.ofSeconds(60));
        }
      }
      return rates;
    } finally {
      for (ChildJvm run : runs) {
        if (run != null) {
          run.close();
        }
      }
      for (ChildJvm broker : brokers) {
        if (broker != null) {
          broker.close();
        }
      }
    }
  }

  /** Publishes the whole story as fast as the cluster takes it; returns the records sent. */
  private long publishAll(TopicCatalog topics, TimelineSerdes serdes) {
    SoakStory story = new SoakStory(options.seed());
    long published = 0;
    try (EventLoader loader = new EventLoader(bootstrap, "news-timeline-scale-out", serdes.event().serializer())) {
      for (long i = 0; i < options.events(); i++) {
        for (NewsEvent event : story.step(i)) {
          loader.send(topics.events(), event);
          published++;
        }
      }
      loader.flush();
    }
    return published;
  }

  /** Publishes the story in chunks at the chosen pace; a chunk that fails is sent again (a re-sent report changes nothing). */
  private final class Publisher implements Runnable {
    private final TopicCatalog topics;
    private final TimelineSerdes serdes;
    private volatile long published;
    private volatile long steps;
    private volatile Exception failure;
    /** Opened just before the broker is killed: the second half of the story waits for it, so that the kill comes under load. */
    private final java.util.concurrent.CountDownLatch secondHalf = new java.util.concurrent.CountDownLatch(1);

    Publisher(TopicCatalog topics, TimelineSerdes serdes) {
      this.topics = topics;
      this.serdes = serdes;
    }

    @Override
    public void run() {
      SoakStory story = new SoakStory(options.seed());
      long started = System.nanoTime();
      long pacedFrom = 0;
      EventLoader loader = new EventLoader(bootstrap, "news-timeline-cluster-soak", serdes.event().serializer());
      try {
        for (long from = 0; from < options.events(); from += CHUNK) {
          if (from >= options.events() / 2 && secondHalf.getCount() > 0) {
            secondHalf.await();
            started = System.nanoTime();
            pacedFrom = from;
          }
          long to = Math.min(options.events(), from + CHUNK);
          List<NewsEvent> chunk = new ArrayList<>();
          for (long i = from; i < to; i++) {
            chunk.addAll(story.step(i));
          }
          while (true) {
            try {
              for (NewsEvent event : chunk) {
                loader.send(topics.events(), event);
              }
              loader.flush();
              break;
            } catch (KafkaException e) {
              report.printf("Chunk at step %,d failed (%s); sending it again%n", from, e.getMessage());
              loader.close();
              ClusterProbe.await(bootstrap, Duration.ofSeconds(10), waited -> { });
              loader = new EventLoader(bootstrap, "news-timeline-cluster-soak", serdes.event().serializer());
            }
          }
          acknowledgedChunks.add(System.nanoTime());
          published += chunk.size();
          steps = to;
          long due = started + TimeUnit.SECONDS.toNanos(to - pacedFrom) / options.eventsPerSecond();
          long wait = due - System.nanoTime();
          if (wait > 0) {
            Thread.sleep(TimeUnit.NANOSECONDS.toMillis(wait));
          }
        }
      } catch (Exception e) {
        failure = e;
      } finally {
        loader.close();
      }
    }
  }

  private void awaitPublished(Publisher publisher, long steps) throws InterruptedException {
    while (publisher.steps < steps && publisher.failure == null && publisher.steps < options.events()) {
      Thread.sleep(100);
    }
  }

  private void startBroker(int node) {
    Path log = options.workDir().resolve("broker-" + node + ".log");
    brokerLogFrom = ChildJvm.lineCount(log);
    List<String> args = new ArrayList<>(List.of("broker", "--data-dir", options.workDir().resolve("node-" + node).toString(),
        "--kafka-port", String.valueOf(kafkaPorts[node - 1]), "--node-id", String.valueOf(node),
        ClusterVoters.FLAG, voters.toString()));
    if (node == 1) {
      args.addAll(List.of("--registry-port", String.valueOf(registryPort)));
    } else {
      args.add("--no-registry");
    }
    brokers[node - 1] = ChildJvm.start("broker " + node, jvmOptions(), args, log);
  }

  private int brokerLogFrom;
  private final int[] runLogFrom = new int[8];

  private void startRun(int i) {
    startRun(i, APPLICATION_ID, TopicCatalog.DEFAULT_PREFIX, "state-" + (i + 1));
  }

  private void startRun(int i, String applicationId, String topicPrefix, String stateDir) {
    Path log = options.workDir().resolve("run-" + (i + 1) + ".log");
    runLogFrom[i] = ChildJvm.lineCount(log);
    runs[i] = ChildJvm.start("run " + (i + 1), jvmOptions(), List.of("run", "--application-id", applicationId,
        "--state-dir", options.workDir().resolve(stateDir).toString(), "--bootstrap-servers", bootstrap,
        "--schema-registry-url", registryUrl, "--topic-prefix", topicPrefix, "--http-host", "127.0.0.1",
        "--http-port", String.valueOf(httpPorts[i])), log);
  }

  private void awaitRunning(int i) throws InterruptedException {
    runs[i].awaitLine(RUN_RUNNING, runLogFrom[i], START_TIMEOUT);
    apis[i] = URI.create("http://127.0.0.1:" + httpPorts[i] + "/");
  }

  /**
   * Waits until every instance holds some of the timeline store's partitions and each partition is
   * held once, and returns them by instance (1-based).
   */
  private Map<Integer, List<Integer>> awaitSpread() throws InterruptedException {
    return awaitSpread(runs.length);
  }

  private Map<Integer, List<Integer>> awaitSpread(int instances) throws InterruptedException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (true) {
      Map<Integer, List<Integer>> spread = new java.util.TreeMap<>();
      boolean spreadOut = true;
      List<Integer> all = new ArrayList<>();
      for (int i = 0; i < instances; i++) {
        HttpResponse<String> answer = get(apis[i].resolve("/api/timeline?limit=1&scope=local"));
        List<Integer> partitions = answer == null || answer.statusCode() != 200 ? List.of() : partitions(answer.body());
        spread.put(i + 1, partitions);
        spreadOut &= !partitions.isEmpty();
        all.addAll(partitions);
      }
      if (spreadOut && all.size() == TopicCatalog.DEFAULT_PARTITIONS
          && new java.util.HashSet<>(all).size() == TopicCatalog.DEFAULT_PARTITIONS) {
        return spread;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("The instances did not share the partitions: " + spread);
      }
      Thread.sleep(500);
    }
  }

  /** Seconds from {@code killedAt} until a live instance answers for every partition of both stages. */
  private double awaitHandover(long killedAt) throws InterruptedException {
    int survivor = (INSTANCE_VICTIM + 1) % runs.length;
    long deadline = killedAt + HANDOVER_TIMEOUT.toNanos();
    boolean timeline = false;
    boolean views = false;
    while (System.nanoTime() < deadline) {
      timeline |= status(apis[survivor].resolve("/api/timeline?limit=1")) == 200;
      views |= status(apis[survivor].resolve("/api/alerts?limit=1")) == 200;
      if (timeline && views) {
        return (System.nanoTime() - killedAt) / 1e9;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("The other instances did not take over within " + HANDOVER_TIMEOUT.toSeconds() + " s");
  }

  /**
   * Seconds from {@code killedAt} until the producer has a chunk acknowledged and each stage has
   * committed past its offsets of {@code before}.
   */
  private double[] awaitProgressAfter(long killedAt, Map<String, Long> before, TopicCatalog topics)
      throws InterruptedException {
    double[] stalls = {-1, -1, -1};
    long deadline = killedAt + HANDOVER_TIMEOUT.toNanos();
    List<String> groups = List.of(APPLICATION_ID, APPLICATION_ID + PipelineProperties.ACTOR_VIEWS_SUFFIX);
    while (System.nanoTime() < deadline && (stalls[0] < 0 || stalls[1] < 0 || stalls[2] < 0)) {
      double now = (System.nanoTime() - killedAt) / 1e9;
      if (stalls[0] < 0 && acknowledgedChunks.stream().anyMatch(at -> at > killedAt)) {
        stalls[0] = (acknowledgedChunks.stream().filter(at -> at > killedAt).findFirst().orElseThrow() - killedAt) / 1e9;
      }
      Map<String, Long> committed = committed(topics);
      for (int g = 0; g < groups.size(); g++) {
        Long was = before.get(groups.get(g));
        Long is = committed.get(groups.get(g));
        if (stalls[g + 1] < 0 && was != null && is != null && is > was) {
          stalls[g + 1] = now;
        }
      }
      Thread.sleep(100);
    }
    return stalls;
  }

  /** Every topic's replication factor and {@code min.insync.replicas}, as {@code 3/2}. */
  private Map<String, String> replication() {
    Map<String, String> replication = new java.util.TreeMap<>();
    try (Admin admin = Admin.create(KafkaClientConfigs.common(bootstrap, "news-timeline-cluster-soak-topics"))) {
      java.util.Set<String> names = admin.listTopics(new org.apache.kafka.clients.admin.ListTopicsOptions().listInternal(true))
          .names().get(30, TimeUnit.SECONDS);
      var descriptions = admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS);
      List<org.apache.kafka.common.config.ConfigResource> resources = names.stream()
          .map(n -> new org.apache.kafka.common.config.ConfigResource(org.apache.kafka.common.config.ConfigResource.Type.TOPIC, n))
          .toList();
      var configs = admin.describeConfigs(resources).all().get(30, TimeUnit.SECONDS);
      descriptions.forEach((name, description) -> {
        int factor = description.partitions().stream().mapToInt(p -> p.replicas().size()).min().orElse(0);
        var minIsr = configs.get(new org.apache.kafka.common.config.ConfigResource(
            org.apache.kafka.common.config.ConfigResource.Type.TOPIC, name)).get("min.insync.replicas");
        replication.put(name, factor + "/" + (minIsr == null ? "?" : minIsr.value()));
      });
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw new IllegalStateException("Could not describe the cluster's topics: " + e, e);
    }
    return replication;
  }

  /** The offsets each stage has committed on its external source, summed over partitions. */
  private Map<String, Long> committed(TopicCatalog topics) {
    Map<String, Long> sums = new ConcurrentHashMap<>();
    try (Admin admin = Admin.create(KafkaClientConfigs.common(bootstrap, "news-timeline-cluster-soak-offsets"))) {
      for (String group : List.of(APPLICATION_ID, APPLICATION_ID + PipelineProperties.ACTOR_VIEWS_SUFFIX)) {
        String source = group.equals(APPLICATION_ID) ? topics.events() : topics.timelineRevisions();
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
            .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
        sums.put(group, offsets.entrySet().stream().filter(e -> e.getKey().topic().equals(source) && e.getValue() != null)
            .mapToLong(e -> e.getValue().offset()).sum());
      }
    } catch (Exception e) {
      // The coordinator may be moving with the lost broker: no figure this time.
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
    }
    return sums;
  }

  /** Asks the live instances in turn for the first page of the timeline, every 100 ms, noting each answer. */
  private void probe(AtomicBoolean probing) {
    int next = 0;
    while (probing.get()) {
      int i = next++ % runs.length;
      if (down[i] || apis[i] == null) {
        continue;
      }
      long started = System.nanoTime();
      HttpResponse<String> answer = get(apis[i].resolve("/api/timeline?limit=50"));
      long took = System.nanoTime() - started;
      if (answer != null) {
        boolean retryAfter = answer.headers().firstValue("Retry-After").isPresent();
        probes.add(new Probe(started, answer.statusCode(), took, retryAfter));
        check(answer, retryAfter);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Notes an answer that is neither a timeline page in order without repeats nor a 503 with Retry-After. */
  private void check(HttpResponse<String> answer, boolean retryAfter) {
    if (answer.statusCode() == 503) {
      if (!retryAfter) {
        wrongAnswers.add("503 without Retry-After: " + answer.body());
      }
      return;
    }
    if (answer.statusCode() != 200) {
      wrongAnswers.add(answer.statusCode() + ": " + answer.body());
      return;
    }
    List<String> sortKeys = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    try {
      for (JsonNode entry : JSON.readTree(answer.body()).path("entries")) {
        sortKeys.add(entry.path("sortKey").asText());
        ids.add(entry.path("id").asText());
      }
    } catch (IOException e) {
      wrongAnswers.add("not JSON: " + answer.body());
      return;
    }
    if (!sortKeys.stream().sorted().toList().equals(sortKeys) || new java.util.HashSet<>(ids).size() != ids.size()) {
      wrongAnswers.add("a page out of order or with a repeated entry: " + answer.body());
    }
  }

  private ApiFigures figures(long from, long to) {
    List<Probe> window;
    synchronized (probes) {
      window = probes.stream().filter(p -> p.at() >= from && p.at() <= to).toList();
    }
    List<Long> ok = window.stream().filter(p -> p.status() == 200).map(Probe::nanos).sorted().toList();
    int unavailable = (int) window.stream().filter(p -> p.status() == 503).count();
    return new ApiFigures(window.size(), unavailable, window.size() - unavailable - ok.size(),
        percentile(ok, 0.50), percentile(ok, 0.99));
  }

  private static double percentile(List<Long> sorted, double q) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
  }

  private void requireRunsAlive() {
    for (ChildJvm run : runs) {
      if (!run.isAlive()) {
        throw new IllegalStateException("An instance exited (output in " + run.output() + ")");
      }
    }
  }

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private HttpResponse<String> get(URI uri) {
    try {
      return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      return null; // the instance is down or not listening yet
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private int status(URI uri) {
    HttpResponse<String> answer = get(uri);
    return answer == null ? -1 : answer.statusCode();
  }

  private static List<Integer> partitions(String body) {
    List<Integer> partitions = new ArrayList<>();
    try {
      JSON.readTree(body).path("partitions").forEach(p -> partitions.add(p.asInt()));
    } catch (IOException e) {
      return List.of();
    }
    return partitions;
  }

  private List<String> jvmOptions() {
    // Six JVMs on a small machine: one GC thread each rather than a parallel collector per JVM.
    return List.of("-Xmx" + options.heap(), "-XX:+UseSerialGC");
  }

  private static final java.util.Random PORTS = new java.util.Random();

  /**
   * A free port below Linux's ephemeral range (32768 and up): a port the system hands out for
   * bind(0) is also where its busy clients' outgoing connections land, and one took a broker's
   * port between its choice here and the broker's start.
   */
  private static int freePort() {
    for (int attempt = 0; attempt < 100; attempt++) {
      int port = 20_000 + PORTS.nextInt(12_000);
      try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
        return socket.getLocalPort();
      } catch (IOException taken) {
        // try another
      }
    }
    throw new UncheckedIOException(new IOException("No free loopback port in 20000-31999"));
  }
}
