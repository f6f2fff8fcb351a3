package io.newstimeline.kafka;

import static io.newstimeline.testing.TimelineFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newstimeline.app.EmbeddedStack;
import io.newstimeline.app.PipelineProgress;
import io.newstimeline.app.TimelinePipeline;
import io.newstimeline.avro.EventType;
import io.newstimeline.avro.NewsEvent;
import io.newstimeline.producer.ArticlePublisher;
import io.newstimeline.schema.RestSchemaRegistryClient;
import io.newstimeline.testing.NodeCheck;
import io.newstimeline.app.PipelineProperties;
import io.newstimeline.topology.TimelineConfig;
import io.newstimeline.topology.TimelineSerdes;
import io.newstimeline.view.TopicSnapshot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code .ci/kafkajs-check/check.mjs}, a consumer written as a Node.js dashboard would write
 * it (stock kafkajs, no codec plugin; Confluent's {@code @confluentinc/schemaregistry} Avro
 * deserializer), over every public topic the pipeline wrote: every record must be fetched and
 * every Avro value decoded. The Streams producer compresses with LZ4, which kafkajs cannot read,
 * so this fails unless the public topics are stored in a codec it can.
 *
 * <p>Needs Node.js and npm (CI installs them); skipped where either is missing.
 */
@Tag("broker")
class PublicTopicsKafkajsIT {

  private static final Path CHECK_DIR = Path.of(".ci", "kafkajs-check");

  @TempDir Path dataDir;

  @Test
  void shouldLetStockKafkajsWithConfluentsDeserializerReadEveryPublicTopic() throws Exception {
    assumeTrue(NodeCheck.nodeAvailable(), "node and npm are needed to run the kafkajs consumer");
    NodeCheck check = new NodeCheck(CHECK_DIR);
    check.install();
    TopicCatalog topics = TopicCatalog.withPrefix("kafkajs.");
    try (EmbeddedStack stack = EmbeddedStack.start(dataDir, 0, 0)) {
      runPipeline(stack, topics);
      TopicSnapshot snapshot = new TopicSnapshot(stack.bootstrapServers(), Duration.ofSeconds(30));
      List<String> args = new ArrayList<>(List.of("node", "check.mjs", stack.bootstrapServers(), stack.registryUrl()));
      StringBuilder written = new StringBuilder();
      for (TopicSpec topic : topics.all()) {
        var records = snapshot.records(topic.name(), new ByteArrayDeserializer());
        written.append(String.format("%n  %s: %s", topic.name(),
            records.stream().map(r -> r.partition() + "@" + r.offset()).collect(Collectors.joining(" "))));
        int count = records.size();
        assertThat(count).as("records on %s", topic.name()).isPositive();
        String mode = topic.name().equals(topics.deadLetters()) ? ":raw" : topic.name().equals(topics.events()) ? ":bad=1" : "";
        args.add(topic.name() + "=" + count + mode);
      }

      NodeCheck.Run run = check.run(args, Map.of(), Duration.ofSeconds(90));

      assertThat(run.exitCode()).as("node printed:%n%s%nthe Java consumer read (partition@offset):%s", run.output(), written)
          .isZero();
      assertThat(run.output()).contains("ok - " + topics.timeline() + ":", topics.all().size() + " passed, 0 failed");
    }
  }

  /** One article whose two reports link two actors, and one unreadable report for the dead letters. */
  private void runPipeline(EmbeddedStack stack, TopicCatalog topics) throws Exception {
    TimelineSerdes serdes = TimelineSerdes.avro(new RestSchemaRegistryClient(stack.registryUrl()));
    try (TopicAdmin admin = TopicAdmin.connect(stack.bootstrapServers())) {
      admin.ensureTopics(topics.all());
    }
    NewsEvent statement = event("lbc:un", "LBC", LBC_PUBLISHED, EventType.STATEMENT, day("2023-08-30"), US, NORTH_KOREA);
    NewsEvent shipment = event("lbc:shipment", "LBC", LBC_PUBLISHED, EventType.TRANSACTION,
        quarter("2022-10-01", "2022-12-31", "Late last year"), US, NORTH_KOREA);
    try (TimelinePipeline app = TimelinePipeline.start(TimelineConfig.defaults().withTopics(topics), serdes,
            PipelineProperties.of("kafkajs", stack.bootstrapServers(), dataDir.resolve("streams"), topics.deadLetters()),
            Duration.ofSeconds(60));
        ArticlePublisher publisher = new ArticlePublisher(stack.bootstrapServers(), "kafkajs", topics,
            serdes.article().serializer(), serdes.event().serializer());
        KafkaProducer<String, byte[]> raw = new KafkaProducer<>(Map.<String, Object>of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()),
            new StringSerializer(), new ByteArraySerializer())) {
      raw.send(new ProducerRecord<>(topics.events(), "garbled", "not avro".getBytes(StandardCharsets.UTF_8))).get();
      publisher.publish(article("lbc", "LBC", LBC_PUBLISHED), List.of(statement, shipment));
      new PipelineProgress(stack.bootstrapServers(), topics, serdes.revision().deserializer())
          .awaitSettled(Set.of(statement.getId(), shipment.getId(), "garbled"), Duration.ofSeconds(60));
    }
  }
}
