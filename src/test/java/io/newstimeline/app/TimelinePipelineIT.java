package io.newstimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.avro.Actor;
import io.newstimeline.avro.ActorKind;
import io.newstimeline.avro.Article;
import io.newstimeline.avro.DatePrecision;
import io.newstimeline.avro.EventDate;
import io.newstimeline.avro.EventOrigin;
import io.newstimeline.avro.EventType;
import io.newstimeline.avro.LinkAlert;
import io.newstimeline.avro.NewsEvent;
import io.newstimeline.avro.TimelineEntry;
import io.newstimeline.kafka.BrokerOptions;
import io.newstimeline.kafka.EmbeddedKafkaBroker;
import io.newstimeline.kafka.TopicAdmin;
import io.newstimeline.kafka.TopicCatalog;
import io.newstimeline.producer.ArticlePublisher;
import io.newstimeline.schema.InMemorySchemaRegistry;
import io.newstimeline.topology.TimelineConfig;
import io.newstimeline.topology.TimelineSerdes;
import io.newstimeline.topology.TimelineStreamsConfig;
import io.newstimeline.topology.TimelineTopology;
import io.newstimeline.view.TopicSnapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline on a real in-process KRaft broker: publish, run the topology exactly-once, read the outputs. */
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
    Actor kim = actor("kim-jong-un", "Kim Jong Un");
    Actor us = actor("united-states", "United States");
    Actor nk = actor("north-korea", "North Korea");
    NewsEvent un = event("lbc:un", "lbc", "LBC", lbc, EventType.STATEMENT,
        date("2023-08-30", "2023-08-30", DatePrecision.DAY), us, nk);
    NewsEvent shipment = event("lbc:shipment", "lbc", "LBC", lbc, EventType.ARMS_TRANSFER,
        date("2022-10-01", "2022-12-31", DatePrecision.QUARTER), us, nk);
    NewsEvent train = event("forces:train", "forces", "Forces News", forces, EventType.DEPARTURE,
        date("2023-09-10", "2023-09-10", DatePrecision.DAY), kim);

    Properties props = TimelineStreamsConfig.properties("pipeline-it", broker.bootstrapServers(), stateDir, topics.deadLetters());
    try (TimelineApplication app = TimelineApplication.start(
            TimelineTopology.build(new TimelineConfig(topics, 50), serdes), props, Duration.ofSeconds(60));
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

  private static Actor actor(String id, String name) {
    return Actor.newBuilder().setId(id).setName(name).setKind(ActorKind.GOVERNMENT).build();
  }

  private static EventDate date(String start, String end, DatePrecision precision) {
    return EventDate.newBuilder().setStart(LocalDate.parse(start)).setEnd(LocalDate.parse(end))
        .setPrecision(precision).setExpression(null).build();
  }

  private static Article article(String id, String outlet, Instant published) {
    return Article.newBuilder().setId(id).setSource(outlet).setUrl(null).setTitle("Title of " + id)
        .setPublished(published).setPublishedDateOnly(false).setTimezone("Europe/London").setBody("Body.")
        .setWithdrawn(false).build();
  }

  private static NewsEvent event(String id, String articleId, String outlet, Instant reportedAt, EventType type,
      EventDate date, Actor... actors) {
    return NewsEvent.newBuilder().setId(id).setArticleId(articleId).setOutlet(outlet).setUrl(null).setType(type)
        .setActors(List.of(actors)).setDate(date).setSummary("Summary of " + id).setEvidence("Evidence of " + id)
        .setEvidenceStart(null).setEvidenceEnd(null).setReportedAt(reportedAt).setAfter(null)
        .setOrigin(EventOrigin.CURATED).setRetracted(false).build();
  }
}
