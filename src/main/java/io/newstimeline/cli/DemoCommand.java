package io.newstimeline.cli;

import io.newstimeline.BundledFiles;
import io.newstimeline.api.ApiServer;
import io.newstimeline.app.EmbeddedStack;
import io.newstimeline.schema.KafkaSchemaLog;
import io.newstimeline.app.PipelineProgress;
import io.newstimeline.app.StaticMembership;
import io.newstimeline.app.TimelinePipeline;
import io.newstimeline.avro.LinkAlert;
import io.newstimeline.avro.NewsEvent;
import io.newstimeline.avro.TimelineEntry;
import io.newstimeline.kafka.TopicAdmin;
import io.newstimeline.kafka.TopicCatalog;
import io.newstimeline.producer.ArticlePublisher;
import io.newstimeline.producer.LoadedArticle;
import io.newstimeline.app.PipelineProperties;
import io.newstimeline.topology.TimelineConfig;
import io.newstimeline.topology.TimelineSerdes;
import io.newstimeline.app.TimelineStreamsConfig;
import io.newstimeline.view.TimelineFormatter;
import io.newstimeline.view.TopicSnapshot;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.StreamsConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code demo}: the whole pipeline in one command. Starts the embedded broker and registry
 * (unless pointed at real ones), publishes the seed articles, runs the timeline topology, prints
 * the timeline in event-time order with the link alerts, then keeps serving until Ctrl-C.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Runs the whole pipeline on the seed articles and prints the timeline and link alerts.")
final class DemoCommand implements Callable<Integer> {

  @Mixin ConnectionOptions connection;
  @Mixin ArticleOptions articleOptions;
  @Mixin HttpOptions http;

  @Option(names = "--seeds", paramLabel = "DIR|FILE",
      description = "Articles to publish (default: the seed articles shipped in the jar).")
  List<Path> seeds;

  @Option(names = "--once", description = "Exit after printing instead of serving until Ctrl-C.")
  boolean once;

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Where the embedded broker and the streams state live (default: a fresh folder under the temp dir, removed on exit).")
  Path dataDir;

  @Option(names = "--kafka-port", defaultValue = "9092", description = "Port of the embedded broker (default: ${DEFAULT-VALUE}).")
  int kafkaPort;

  @Option(names = "--registry-port", defaultValue = "8081", description = "Port of the embedded registry (default: ${DEFAULT-VALUE}).")
  int registryPort;

  @Option(names = "--application-id", defaultValue = TimelineStreamsConfig.DEFAULT_APPLICATION_ID,
      description = "Kafka Streams application id of the timeline stage, as for run (default: ${DEFAULT-VALUE}).")
  String applicationId;

  @Option(names = KafkaSchemaLog.TOPIC_FLAG, defaultValue = KafkaSchemaLog.DEFAULT_TOPIC, paramLabel = "TOPIC",
      description = "Topic where the embedded registry keeps its schemas (default: ${DEFAULT-VALUE}); "
          + "it refuses a topic holding records it did not write, such as Confluent Schema Registry's _schemas.")
  String registryTopic;

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    PrintStream out = System.out;
    List<LoadedArticle> articles = articleOptions.loader()
        .load(seeds != null && !seeds.isEmpty() ? seeds : List.of(BundledFiles.seeds()));
    try (ShutdownSignal signal = ShutdownSignal.install()) {
      boolean temporary = dataDir == null;
      Path data = temporary ? Files.createTempDirectory("news-timeline-") : dataDir;
      TopicCatalog topics = connection.topics();
      try (EmbeddedStack stack = EmbeddedStack.start(connection.bootstrapServers, connection.schemaRegistryUrl, data,
          kafkaPort, registryPort, registryTopic)) {
        out.printf("Kafka at %s, schema registry at %s%n", stack.bootstrapServers(), stack.registryUrl());
        TimelineSerdes serdes = TimelineSerdes.avro(Registries.connect(stack.registryUrl()));
        try (TopicAdmin admin = TopicAdmin.connect(stack.bootstrapServers())) {
          admin.ensureTopics(topics.all());
        }
        TimelineConfig config = TimelineConfig.defaults().withTopics(topics);
        try (ApiServer api = ApiServer.bind(http.host, http.port);
            TimelinePipeline pipeline = TimelinePipeline.start(config, serdes,
                StaticMembership.apply(PipelineProperties.of(applicationId, stack.bootstrapServers(),
                    data.resolve("streams"), topics.deadLetters()))
                    .with(StreamsConfig.APPLICATION_SERVER_CONFIG, api.applicationServer()),
                TimelinePipeline.STARTUP_TIMEOUT);
            ArticlePublisher publisher = new ArticlePublisher(stack.bootstrapServers(), "news-timeline-demo", topics,
                serdes.article().serializer(), serdes.event().serializer())) {
          api.serve(pipeline, config, serdes, stack.bootstrapServers());
          out.printf("Dashboard: %s (query API under %sapi/)%n", api.url(), api.url());
          for (LoadedArticle loaded : articles) {
            publisher.publish(loaded.article(), loaded.events());
            out.printf("Published %s (%s): %d events%n", loaded.article().getId(), loaded.article().getSource(),
                loaded.events().size());
          }
          Set<String> eventIds = articles.stream().flatMap(a -> a.events().stream()).map(NewsEvent::getId)
              .collect(Collectors.toSet());
          new PipelineProgress(stack.bootstrapServers(), topics, serdes.revision().deserializer())
              .awaitSettled(eventIds, Duration.ofSeconds(120));
          printTimeline(out, stack.bootstrapServers(), topics, serdes);
          out.printf("%nTimeline ready %d ms after start.%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
          if (!once) {
            out.printf("Serving: dashboard at %s, Kafka at %s, registry at %s, topics %s*. Ctrl-C to stop.%n",
                api.url(), stack.bootstrapServers(), stack.registryUrl(), topics.prefix());
            signal.await(pipeline::requireHealthy);
          }
        }
      } finally {
        if (temporary) {
          deleteRecursively(data);
        }
      }
    }
    return 0;
  }

  private static void printTimeline(PrintStream out, String bootstrap, TopicCatalog topics, TimelineSerdes serdes) {
    TopicSnapshot snapshot = new TopicSnapshot(bootstrap, Duration.ofSeconds(30));
    List<TimelineEntry> entries = new ArrayList<>(snapshot.latest(topics.timeline(), serdes.entry().deserializer()).values());
    entries.sort(Comparator.comparing(TimelineEntry::getSortKey));
    List<LinkAlert> alerts = snapshot.records(topics.linkAlerts(), serdes.linkAlert().deserializer()).stream()
        .map(ConsumerRecord::value).toList();
    out.printf("%nTIMELINE (%d entries, in the order events happened)%n%n", entries.size());
    out.print(TimelineFormatter.timeline(entries));
    out.printf("%nLINK ALERTS (%d actor pairs linked for the first time)%n%n", alerts.size());
    out.print(TimelineFormatter.alerts(alerts));
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
