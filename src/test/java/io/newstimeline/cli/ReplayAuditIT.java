package io.newstimeline.cli;

import static io.newstimeline.testing.TimelineFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.app.EmbeddedStack;
import io.newstimeline.app.PipelineProgress;
import io.newstimeline.app.TimelinePipeline;
import io.newstimeline.avro.EventType;
import io.newstimeline.avro.NewsEvent;
import io.newstimeline.kafka.TopicAdmin;
import io.newstimeline.kafka.TopicCatalog;
import io.newstimeline.producer.ArticlePublisher;
import io.newstimeline.schema.RestSchemaRegistryClient;
import io.newstimeline.app.PipelineProperties;
import io.newstimeline.topology.TimelineConfig;
import io.newstimeline.topology.TimelineSerdes;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code replay} and {@code audit} through the real command line, on a live timeline built on an embedded stack. */
@Tag("broker")
class ReplayAuditIT {

  static final TopicCatalog TOPICS = TopicCatalog.withPrefix("audit-it.");
  static final Instant LBC = Instant.parse("2023-08-30T19:16:00Z");
  static final Instant FORCES = Instant.parse("2023-09-11T00:00:00Z");

  @TempDir static Path dataDir;
  static EmbeddedStack stack;

  @BeforeAll
  static void buildLiveTimeline() throws Exception {
    stack = EmbeddedStack.start(dataDir, 0, 0);
    TimelineSerdes serdes = TimelineSerdes.avro(new RestSchemaRegistryClient(stack.registryUrl()));
    try (TopicAdmin admin = TopicAdmin.connect(stack.bootstrapServers())) {
      admin.ensureTopics(TOPICS.all());
    }
    NewsEvent un = event("lbc:un", "LBC", LBC, EventType.STATEMENT, day("2023-08-30"), US, NORTH_KOREA);
    NewsEvent train = event("forces:train", "Forces News", FORCES, EventType.TRAVEL, day("2023-09-10"), KIM);
    try (TimelinePipeline app = TimelinePipeline.start(TimelineConfig.defaults().withTopics(TOPICS), serdes,
            PipelineProperties.of("audit-it-live", stack.bootstrapServers(), dataDir.resolve("live"),
                TOPICS.deadLetters()),
            Duration.ofSeconds(60));
        ArticlePublisher publisher = new ArticlePublisher(stack.bootstrapServers(), "audit-it", TOPICS,
            serdes.article().serializer(), serdes.event().serializer())) {
      publisher.publish(article("lbc", "LBC", LBC), List.of(un));
      publisher.publish(article("forces", "Forces News", FORCES), List.of(train));
      new PipelineProgress(stack.bootstrapServers(), TOPICS, serdes.revision().deserializer())
          .awaitSettled(Set.of(un.getId(), train.getId()), Duration.ofSeconds(60));
    }
  }

  @AfterAll
  static void stop() {
    stack.close();
  }

  @Test
  void shouldReplayIntoSeparateTopicsWithTheLiveDigest() {
    CliRun run = CliRun.of("replay", "--bootstrap-servers", stack.bootstrapServers(),
        "--schema-registry-url", stack.registryUrl(), "--topic-prefix", TOPICS.prefix(), "--output-prefix", "audit-it-replay.");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Replayed into audit-it-replay.* ", ": 2 entries", "MATCH");
    String[] lines = run.out().lines().filter(l -> l.contains("digest")).map(l -> l.split("\\s+")[2]).toArray(String[]::new);
    assertThat(lines).hasSize(2);
    assertThat(lines[0]).isEqualTo(lines[1]).hasSize(64);
  }

  @Test
  void shouldShowOnlyWhatWasPublishedByTheAsOfInstant() {
    CliRun run = CliRun.of("audit", "--as-of", "2023-09-01T00:00Z", "--bootstrap-servers", stack.bootstrapServers(),
        "--schema-registry-url", stack.registryUrl(), "--topic-prefix", TOPICS.prefix());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("(1 entries)", "United States").doesNotContain("Kim Jong Un");
  }

  @Test
  void shouldPrintTheAsOfTimelineAsJson() {
    CliRun run = CliRun.of("audit", "--as-of", "2023-09-12T00:00Z", "--json", "--bootstrap-servers",
        stack.bootstrapServers(), "--schema-registry-url", stack.registryUrl(), "--topic-prefix", TOPICS.prefix());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().strip()).startsWith("[").endsWith("]").contains("\"start\" : \"2023-08-30\"", "\"start\" : \"2023-09-10\"");
    assertThat(run.out().indexOf("2023-08-30")).isLessThan(run.out().indexOf("2023-09-10"));
  }
}
