package io.newstimeline.app;

import static io.newstimeline.testing.TimelineFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newstimeline.avro.EventType;
import io.newstimeline.avro.LinkAlert;
import io.newstimeline.avro.NewsEvent;
import io.newstimeline.avro.TimelineEntry;
import io.newstimeline.kafka.BrokerOptions;
import io.newstimeline.kafka.EmbeddedKafkaBroker;
import io.newstimeline.kafka.KafkaClientConfigs;
import io.newstimeline.kafka.TopicAdmin;
import io.newstimeline.kafka.TopicCatalog;
import io.newstimeline.kafka.TopicSpec;
import io.newstimeline.producer.ArticlePublisher;
import io.newstimeline.schema.InMemorySchemaRegistry;
import io.newstimeline.topology.TimelineConfig;
import io.newstimeline.topology.TimelineSerdes;
import io.newstimeline.view.TopicSnapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on a real in-process KRaft broker: publish, run both stages exactly-once, read
 * the outputs; and a stage that stops on an error is reported, not left for the other to hide.
 */
@Tag("broker")
class TimelinePipelineIT {

  static EmbeddedKafkaBroker broker;
  static final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
  static final TimelineSerdes serdes = TimelineSerdes.avro(registry);

  @TempDir Path stateDir;

  @BeforeAll
  static void startBroker() {
    broker = EmbeddedKafkaBroker.start(BrokerOptions.defaults().withPort(0));
  }

  @AfterAll
  static void stopBroker() {
    broker.close();
  }

  @Test
  void shouldTurnPublishedReportsIntoAnEventTimeOrderedTimelineWithAlerts() throws Exception {
    TopicCatalog topics = TopicCatalog.withPrefix("pipeline.");
    try (TopicAdmin admin = TopicAdmin.connect(broker.bootstrapServers())) {
      admin.ensureTopics(topics.all());
    }
    Instant lbc = Instant.parse("2023-08-30T19:16:00Z");
    Instant forces = Instant.parse("2023-09-10T23:00:00Z");
    NewsEvent un = event("lbc:un", "LBC", lbc, EventType.STATEMENT, day("2023-08-30"), US, NORTH_KOREA);
    NewsEvent shipment = event("lbc:shipment", "LBC", lbc, EventType.TRANSACTION,
        quarter("2022-10-01", "2022-12-31", "Late last year"), US, NORTH_KOREA);
    NewsEvent train = event("forces:train", "Forces News", forces, EventType.TRAVEL, day("2023-09-10"), KIM);

    PipelineProperties props = PipelineProperties.of("pipeline-it", broker.bootstrapServers(), stateDir, topics.deadLetters());
    try (TimelinePipeline app = TimelinePipeline.start(new TimelineConfig(topics, 50), serdes, props, Duration.ofSeconds(60));
        ArticlePublisher publisher = new ArticlePublisher(broker.bootstrapServers(), "pipeline-it-producer", topics,
            serdes.article().serializer(), serdes.event().serializer())) {
      publisher.publish(article("forces", "Forces News", forces), List.of(train));
      publisher.publish(article("lbc", "LBC", lbc), List.of(un, shipment));
      publisher.publish(article("lbc", "LBC", lbc), List.of(un, shipment)); // re-sent: no duplicates

      new PipelineProgress(broker.bootstrapServers(), topics, serdes.revision().deserializer())
          .awaitSettled(Set.of(un.getId(), shipment.getId(), train.getId()), Duration.ofSeconds(60));
    }

    TopicSnapshot snapshot = new TopicSnapshot(broker.bootstrapServers(), Duration.ofSeconds(30));
    Map<String, TimelineEntry> timeline = snapshot.latest(topics.timeline(), serdes.entry().deserializer());
    List<TimelineEntry> ordered = timeline.values().stream()
        .sorted(Comparator.comparing(TimelineEntry::getSortKey)).toList();
    assertThat(ordered).extracting(e -> e.getSources().get(0).getEventId())
        .containsExactly("lbc:shipment", "lbc:un", "forces:train");
    assertThat(ordered).allSatisfy(e -> assertThat(e.getSources()).hasSize(1));
    List<LinkAlert> alerts = snapshot.records(topics.linkAlerts(), serdes.linkAlert().deserializer()).stream()
        .map(r -> r.value()).toList();
    assertThat(alerts).extracting(a -> a.getActorA().getId() + "|" + a.getActorB().getId())
        .containsExactly("north-korea|united-states");
    assertThat(snapshot.latest(topics.actorTimelines(), serdes.actorTimeline().deserializer()))
        .containsOnlyKeys("kim-jong-un", "north-korea", "united-states");
  }

  @Test
  void shouldReportAStageThatStoppedOnAnError() throws Exception {
    try (TopicAdmin admin = TopicAdmin.connect(broker.bootstrapServers())) {
      admin.ensureTopics(List.of(new TopicSpec("healthy.in", 1, Map.of()), new TopicSpec("failing.in", 1, Map.of())));
    }
    // An Error, unlike an exception, is past what the processing exception handler takes: the thread stops.
    TimelineApplication healthy = TimelineApplication.start(consumer("healthy.in", value -> {}),
        TimelineStreamsConfig.properties("healthy-stage", broker.bootstrapServers(), stateDir, "healthy.dead"),
        Duration.ofSeconds(60));
    TimelineApplication failing = TimelineApplication.start(consumer("failing.in", value -> {
      throw new AssertionError("cannot go on after " + value);
    }), TimelineStreamsConfig.properties("failing-stage", broker.bootstrapServers(), stateDir, "failing.dead"),
        Duration.ofSeconds(60));
    try (TimelinePipeline pipeline = new TimelinePipeline(healthy, failing)) {
      pipeline.requireHealthy();

      try (KafkaProducer<String, String> producer = new KafkaProducer<>(
          KafkaClientConfigs.producer(broker.bootstrapServers(), "failing-it"), new StringSerializer(), new StringSerializer())) {
        producer.send(new ProducerRecord<>("failing.in", "k", "the first record")).get();
      }
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (failing.failure() == null && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }

      assertThatThrownBy(pipeline::requireHealthy)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("Application 'failing-stage' stopped on an error")
          .hasCause(failing.failure());
      assertThat(healthy.failure()).isNull();
    }
  }

  /** A topology that hands each value of {@code topic} to {@code action}. */
  private static Topology consumer(String topic, java.util.function.Consumer<String> action) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(topic, Consumed.with(Serdes.String(), Serdes.String())).foreach((key, value) -> action.accept(value));
    return builder.build();
  }
}
