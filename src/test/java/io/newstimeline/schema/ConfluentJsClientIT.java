package io.newstimeline.schema;

import io.newstimeline.testing.NodeCheck;
import static io.newstimeline.testing.TimelineFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newstimeline.app.EmbeddedStack;
import io.newstimeline.app.PipelineProgress;
import io.newstimeline.app.TimelinePipeline;
import io.newstimeline.avro.Article;
import io.newstimeline.avro.EventType;
import io.newstimeline.avro.NewsEvent;
import io.newstimeline.kafka.TopicAdmin;
import io.newstimeline.kafka.TopicCatalog;
import io.newstimeline.producer.ArticlePublisher;
import io.newstimeline.app.PipelineProperties;
import io.newstimeline.topology.TimelineConfig;
import io.newstimeline.topology.TimelineSerdes;
import io.newstimeline.view.TopicSnapshot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code .ci/confluent-client-check/check.mjs}, which uses the unmodified npm client
 * {@code @kafkajs/confluent-schema-registry}, against the embedded registry: it registers and
 * fetches schemas, and decodes the records the timeline topology wrote to {@code news.timeline}.
 *
 * <p>Needs Node.js and npm (the npm registry, for {@code npm ci}); skipped where {@code node} or
 * {@code npm} is missing, so a machine with only a JDK and Maven still passes.
 */
@Tag("broker")
class ConfluentJsClientIT {

  private static final NodeCheck CHECK = new NodeCheck(Path.of(".ci", "confluent-client-check"));

  @TempDir Path dataDir;

  @Test
  void shouldLetAThirdPartyConfluentClientRegisterFetchAndDecodeTheTimeline() throws Exception {
    assumeTrue(NodeCheck.nodeAvailable(), "node and npm are needed for the third-party client check");
    CHECK.install();
    TopicCatalog topics = TopicCatalog.withPrefix("confluent-js.");
    try (EmbeddedStack stack = EmbeddedStack.start(dataDir, 0, 0)) {
      Path records = timelineRecords(stack, topics);
      NodeCheck.Run check = CHECK.run(List.of("node", "check.mjs", stack.registryUrl(),
          records.toAbsolutePath().toString()), Map.of(), Duration.ofSeconds(60));

      assertThat(check.exitCode()).as("node printed:%n%s", check.output()).isZero();
      assertThat(check.output()).contains("ok - decodes every record read from news.timeline", "8 passed, 0 failed");
    }
  }

  /** Runs the topology on one article and writes the raw values of news.timeline as hex lines. */
  private Path timelineRecords(EmbeddedStack stack, TopicCatalog topics) throws Exception {
    TimelineSerdes serdes = TimelineSerdes.avro(new RestSchemaRegistryClient(stack.registryUrl()));
    try (TopicAdmin admin = TopicAdmin.connect(stack.bootstrapServers())) {
      admin.ensureTopics(topics.all());
    }
    Instant published = Instant.parse("2023-09-11T00:00:00Z");
    NewsEvent train = event("forces:train", "Forces News", published, EventType.TRAVEL, day("2023-09-10"), KIM);
    Article article = article("forces", "Forces News", published);
    try (TimelinePipeline app = TimelinePipeline.start(TimelineConfig.defaults().withTopics(topics), serdes,
            PipelineProperties.of("confluent-js", stack.bootstrapServers(), dataDir.resolve("streams"),
                topics.deadLetters()),
            Duration.ofSeconds(60));
        ArticlePublisher publisher = new ArticlePublisher(stack.bootstrapServers(), "confluent-js", topics,
            serdes.article().serializer(), serdes.event().serializer())) {
      publisher.publish(article, List.of(train));
      new PipelineProgress(stack.bootstrapServers(), topics, serdes.revision().deserializer())
          .awaitSettled(Set.of(train.getId()), Duration.ofSeconds(60));
    }
    String hex = new TopicSnapshot(stack.bootstrapServers(), Duration.ofSeconds(30))
        .records(topics.timeline(), new ByteArrayDeserializer()).stream()
        .map(r -> HexFormat.of().formatHex(r.value()))
        .collect(Collectors.joining("\n"));
    Path file = dataDir.resolve("timeline-records.hex");
    Files.writeString(file, hex, StandardCharsets.UTF_8);
    return file;
  }
}
