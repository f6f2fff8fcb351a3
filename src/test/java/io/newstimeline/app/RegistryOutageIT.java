package io.newstimeline.app;

import static io.newstimeline.testing.TimelineFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.avro.EventType;
import io.newstimeline.avro.LinkAlert;
import io.newstimeline.avro.NewsEvent;
import io.newstimeline.kafka.BrokerOptions;
import io.newstimeline.kafka.EmbeddedKafkaBroker;
import io.newstimeline.kafka.TopicAdmin;
import io.newstimeline.kafka.TopicCatalog;
import io.newstimeline.producer.ArticlePublisher;
import io.newstimeline.schema.EmbeddedSchemaRegistryServer;
import io.newstimeline.schema.InMemorySchemaRegistry;
import io.newstimeline.schema.RestSchemaRegistryClient;
import io.newstimeline.app.PipelineProperties;
import io.newstimeline.topology.TimelineConfig;
import io.newstimeline.topology.TimelineSerdes;
import io.newstimeline.view.TopicSnapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline on a real broker keeps processing while the schema registry is away: its
 * repartition topics, stores and changelogs need no registry, and the schemas of its public
 * outputs were registered when it started.
 */
@Tag("broker")
class RegistryOutageIT {

  static EmbeddedKafkaBroker broker;

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
  void shouldProcessReportsThatFirstUseStoresAndOutputsWhileTheRegistryIsAway() throws Exception {
    TopicCatalog topics = TopicCatalog.withPrefix("outage.");
    try (TopicAdmin admin = TopicAdmin.connect(broker.bootstrapServers())) {
      admin.ensureTopics(topics.all());
    }
    Instant lbc = Instant.parse("2023-08-30T19:16:00Z");
    Instant forces = Instant.parse("2023-09-10T23:00:00Z");
    // Before the outage one actor, so no pair store, link or alert has been written yet.
    NewsEvent train = event("forces:train", "Forces News", forces, EventType.TRAVEL, day("2023-09-10"), KIM);
    NewsEvent un = event("lbc:un", "LBC", lbc, EventType.STATEMENT, day("2023-08-30"), US, NORTH_KOREA);
    NewsEvent shipment = event("lbc:shipment", "LBC", lbc, EventType.TRANSACTION,
        quarter("2022-10-01", "2022-12-31", "Late last year"), US, NORTH_KOREA);

    EmbeddedSchemaRegistryServer registry = EmbeddedSchemaRegistryServer.start(new InMemorySchemaRegistry(), 0);
    TimelineSerdes serdes = TimelineSerdes.avro(new RestSchemaRegistryClient(registry.url(), Duration.ofSeconds(2)));
    TimelineConfig config = new TimelineConfig(topics, 50);
    PipelineProperties props = PipelineProperties.of("outage-it", broker.bootstrapServers(), stateDir, topics.deadLetters());
    try (TimelinePipeline app = TimelinePipeline.start(config, serdes, props, Duration.ofSeconds(60));
        ArticlePublisher publisher = new ArticlePublisher(broker.bootstrapServers(), "outage-it-producer", topics,
            serdes.article().serializer(), serdes.event().serializer())) {
      publisher.publish(article("forces", "Forces News", forces), List.of(train));
      awaitCaughtUp(config, serdes, props);
      awaitEntries(topics, serdes, 1);

      registry.close();
      publisher.publish(article("lbc", "LBC", lbc), List.of(un, shipment));
      awaitCaughtUp(config, serdes, props);
      awaitEntries(topics, serdes, 3);

      app.requireHealthy();
    }

    TopicSnapshot snapshot = new TopicSnapshot(broker.bootstrapServers(), Duration.ofSeconds(30));
    assertThat(snapshot.records(topics.deadLetters(), new ByteArrayDeserializer())).isEmpty();
    assertThat(snapshot.latest(topics.timeline(), serdes.entry().deserializer())).hasSize(3);
    assertThat(snapshot.records(topics.linkAlerts(), serdes.linkAlert().deserializer()))
        .extracting(r -> pair(r.value()))
        .containsExactly("north-korea|united-states");
    assertThat(snapshot.latest(topics.actorLinks(), serdes.actorLink().deserializer()))
        .containsOnlyKeys("north-korea|united-states");
    assertThat(snapshot.latest(topics.actorTimelines(), serdes.actorTimeline().deserializer()))
        .containsOnlyKeys("kim-jong-un", "north-korea", "united-states");
  }

  private static void awaitCaughtUp(TimelineConfig config, TimelineSerdes serdes, PipelineProperties props)
      throws InterruptedException {
    TimelinePipeline.awaitCaughtUp(broker.bootstrapServers(), config, serdes, props.applicationId(),
        Duration.ofMillis(200), Duration.ofSeconds(90), check -> { });
  }

  /**
   * Waits, with a deadline, until the timeline holds {@code count} entries: the caught-up check can
   * answer before the stage has fetched what was just published.
   */
  private static void awaitEntries(TopicCatalog topics, TimelineSerdes serdes, int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    TopicSnapshot snapshot = new TopicSnapshot(broker.bootstrapServers(), Duration.ofSeconds(5));
    while (snapshot.latest(topics.timeline(), serdes.entry().deserializer()).size() < count) {
      assertThat(System.nanoTime()).as("%d timeline entries within 90 s", count).isLessThan(deadline);
      Thread.sleep(200);
    }
  }

  private static String pair(LinkAlert alert) {
    return alert.getActorA().getId() + "|" + alert.getActorB().getId();
  }
}
