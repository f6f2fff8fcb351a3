package io.newstimeline.app;

import static io.newstimeline.testing.TimelineFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.avro.ActorTimeline;
import io.newstimeline.avro.EventType;
import io.newstimeline.avro.NewsEvent;
import io.newstimeline.kafka.BrokerOptions;
import io.newstimeline.kafka.EmbeddedKafkaBroker;
import io.newstimeline.kafka.TopicAdmin;
import io.newstimeline.kafka.TopicCatalog;
import io.newstimeline.producer.ArticlePublisher;
import io.newstimeline.schema.InMemorySchemaRegistry;
import io.newstimeline.app.PipelineProperties;
import io.newstimeline.topology.TimelineConfig;
import io.newstimeline.topology.TimelineSerdes;
import io.newstimeline.view.TopicSnapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pipeline stopped as soon as it has processed everything publishes the actor timelines it
 * changed last: the live views never lag the processed reports by when the stop came.
 */
@Tag("broker")
class PipelineStopIT {

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
  void shouldPublishTheActorTimelinesChangedSinceTheLastFlushWhenStopped() throws Exception {
    TopicCatalog topics = TopicCatalog.withPrefix("stop.");
    try (TopicAdmin admin = TopicAdmin.connect(broker.bootstrapServers())) {
      admin.ensureTopics(topics.all());
    }
    Instant lbc = Instant.parse("2023-08-30T19:16:00Z");
    NewsEvent un = event("lbc:un", "LBC", lbc, EventType.STATEMENT, day("2023-08-30"), US, NORTH_KOREA);
    NewsEvent visit = event("lbc:visit", "LBC", lbc, EventType.TRAVEL, day("2023-08-29"), KIM);
    TimelineSerdes serdes = TimelineSerdes.avro(new InMemorySchemaRegistry());
    // A flush interval far longer than processing takes: without a flush on stop, nothing is published.
    TimelineConfig config = new TimelineConfig(topics, 50).withViewFlushInterval(Duration.ofSeconds(20));
    PipelineProperties props = PipelineProperties.of("stop-it", broker.bootstrapServers(), stateDir, topics.deadLetters());

    try (TimelinePipeline app = TimelinePipeline.start(config, serdes, props, Duration.ofSeconds(60));
        ArticlePublisher publisher = new ArticlePublisher(broker.bootstrapServers(), "stop-it-producer", topics,
            serdes.article().serializer(), serdes.event().serializer())) {
      publisher.publish(article("lbc", "LBC", lbc), List.of(un, visit));
      TimelinePipeline.awaitCaughtUp(broker.bootstrapServers(), config, serdes, props.applicationId(),
          Duration.ofMillis(100), Duration.ofSeconds(90), check -> { });
      awaitAlert(topics, serdes);
    }

    Map<String, ActorTimeline> views = new TopicSnapshot(broker.bootstrapServers(), Duration.ofSeconds(30))
        .latest(topics.actorTimelines(), serdes.actorTimeline().deserializer());
    assertThat(views).containsOnlyKeys("kim-jong-un", "north-korea", "united-states");
    assertThat(views.get("kim-jong-un").getEntries()).extracting(e -> e.getSummary())
        .containsExactly(visit.getSummary());
  }

  /**
   * Waits, with a deadline, for the pair's alert: it is published as soon as the actor-view stage has
   * processed the entry, while the views of its actors wait for the next flush (20 s away).
   */
  private static void awaitAlert(TopicCatalog topics, TimelineSerdes serdes) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    TopicSnapshot snapshot = new TopicSnapshot(broker.bootstrapServers(), Duration.ofSeconds(5));
    while (snapshot.latest(topics.linkAlerts(), serdes.linkAlert().deserializer()).isEmpty()) {
      assertThat(System.nanoTime()).as("the actor-view stage processed the entry within 60 s").isLessThan(deadline);
      Thread.sleep(100);
    }
  }
}
