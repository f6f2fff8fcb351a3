package io.newstimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.app.EmbeddedStack;
import io.newstimeline.app.TimelinePipeline;
import io.newstimeline.audit.Replay;
import io.newstimeline.avro.NewsEvent;
import io.newstimeline.producer.SyntheticStory;
import io.newstimeline.kafka.TopicAdmin;
import io.newstimeline.kafka.TopicCatalog;
import io.newstimeline.schema.RestSchemaRegistryClient;
import io.newstimeline.app.PipelineProperties;
import io.newstimeline.topology.TimelineConfig;
import io.newstimeline.topology.TimelineSerdes;
import io.newstimeline.view.TopicSnapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The large-history replay check, on a small history: {@code generate} publishes a slice of the synthetic story
 * while the live timeline runs and waits ({@code --wait}) until the live application has caught up;
 * a replay from offset 0 then gives the same timeline digest. The 100k-event version is the same
 * commands (docs/OPERATIONS.md, "Check it on a large history").
 */
@Tag("broker")
class GeneratedHistoryReplayIT {

  static final TopicCatalog TOPICS = TopicCatalog.withPrefix("generate-it.");
  static final int EVENTS = 2_000;
  static final String LIVE_APPLICATION = "generate-it-live";
  static final Duration CATCH_UP_TIMEOUT = Duration.ofMinutes(3);

  @TempDir static Path dataDir;
  static EmbeddedStack stack;
  static TimelineSerdes serdes;
  static CliRun generate;

  @BeforeAll
  static void generateAHistoryWhileTheLiveTimelineRuns() throws Exception {
    stack = EmbeddedStack.start(dataDir, 0, 0);
    serdes = TimelineSerdes.avro(new RestSchemaRegistryClient(stack.registryUrl()));
    try (TopicAdmin admin = TopicAdmin.connect(stack.bootstrapServers())) {
      admin.ensureTopics(TOPICS.all()); // as `run` does before it starts
    }
    try (TimelinePipeline app = TimelinePipeline.start(TimelineConfig.defaults().withTopics(TOPICS), serdes,
        PipelineProperties.of(LIVE_APPLICATION, stack.bootstrapServers(), dataDir.resolve("live"),
            TOPICS.deadLetters()),
        Duration.ofSeconds(60))) {
      generate = CliRun.of("generate", "--events", String.valueOf(EVENTS), "--wait", "--application-id", LIVE_APPLICATION,
          "--timeout", CATCH_UP_TIMEOUT.toString(), "--bootstrap-servers", stack.bootstrapServers(),
          "--schema-registry-url", stack.registryUrl(), "--topic-prefix", TOPICS.prefix());
      assertThat(app.failure()).isNull();
    }
  }

  @AfterAll
  static void stop() {
    stack.close();
  }

  @Test
  void shouldSayWhatItSentThenThatTheLiveApplicationHasCaughtUp() {
    assertThat(generate.exitCode()).as(generate.err()).isZero();
    assertThat(generate.out().lines().toList()).satisfiesExactly(
        sent -> assertThat(sent)
            .startsWith("Sent 2,000 events (story seed 42, events 0 to 1,999) to generate-it.events in ")
            .endsWith(" events/s"),
        caughtUp -> assertThat(caughtUp)
            .startsWith("Application 'generate-it-live' has processed everything on generate-it.events (waited "));
  }

  @Test
  void shouldPublishTheStorysEventsKeyedByIdAtTheirPublicationTime() {
    SyntheticStory story = SyntheticStory.withSeed(42);
    List<ConsumerRecord<String, NewsEvent>> records = new TopicSnapshot(stack.bootstrapServers(), Duration.ofSeconds(30))
        .records(TOPICS.events(), serdes.event().deserializer());
    records.sort(Comparator.comparing(ConsumerRecord::key));

    assertThat(records).extracting(ConsumerRecord::value)
        .containsExactlyElementsOf(LongStream.range(0, EVENTS).mapToObj(story::event).toList());
    assertThat(records).allSatisfy(r -> {
      assertThat(r.key()).isEqualTo(r.value().getId());
      assertThat(r.timestamp()).isEqualTo(r.value().getReportedAt().toEpochMilli());
    });
  }

  @Test
  void shouldReplayTheGeneratedHistoryIntoTheLiveTimeline() throws Exception {
    assertThat(generate.exitCode()).as("generate --wait: " + generate.err()).isZero();

    Replay.Result result = Replay.run(stack.bootstrapServers(), serdes, TOPICS, "generate-it-replay.", CATCH_UP_TIMEOUT,
        check -> { });

    assertThat(result.liveEntries()).isPositive();
    assertThat(result.entries()).isEqualTo(result.liveEntries());
    assertThat(result.digest()).hasSize(64).isEqualTo(result.liveDigest());
    assertThat(result.matches()).isTrue();
  }
}
