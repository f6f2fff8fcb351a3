package io.newstimeline.app;

import static io.newstimeline.testing.TimelineFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.avro.EventType;
import io.newstimeline.avro.NewsEvent;
import io.newstimeline.avro.TimelineEntry;
import io.newstimeline.kafka.BrokerOptions;
import io.newstimeline.kafka.EmbeddedKafkaBroker;
import io.newstimeline.kafka.KafkaClientConfigs;
import io.newstimeline.kafka.TopicAdmin;
import io.newstimeline.kafka.TopicCatalog;
import io.newstimeline.schema.InMemorySchemaRegistry;
import io.newstimeline.testing.PoisonCorpus;
import io.newstimeline.testing.PoisonCorpus.Kind;
import io.newstimeline.testing.PoisonCorpus.Poison;
import io.newstimeline.timeline.EntryIdentity;
import io.newstimeline.topology.TimelineConfig;
import io.newstimeline.topology.TimelineSerdes;
import io.newstimeline.view.TopicSnapshot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bytes that are not a report, on a real broker: each is dead-lettered with its source partition
 * and offset by the processing exception handler (reports are decoded in {@code route-reports}),
 * garbage on the revisions topic by the deserialization exception handler of the actor-view
 * stage, and both stages keep running and place the good reports.
 */
@Tag("broker")
class PoisonPipelineIT {

  static final int POISON = 300;
  static final int BAD_REVISIONS = 20;

  static EmbeddedKafkaBroker broker;
  static final TimelineSerdes serdes = TimelineSerdes.avro(new InMemorySchemaRegistry());

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
  void shouldDeadLetterUnreadableRecordsOfBothStagesAndKeepPlacingReports() throws Exception {
    TopicCatalog topics = TopicCatalog.withPrefix("poison.");
    try (TopicAdmin admin = TopicAdmin.connect(broker.bootstrapServers())) {
      admin.ensureTopics(topics.all());
    }
    Instant lbc = Instant.parse("2023-08-30T19:16:00Z");
    NewsEvent un = event("lbc:un", "LBC", lbc, EventType.STATEMENT, day("2023-08-30"), US, NORTH_KOREA);
    NewsEvent train = event("forces:train", "Forces News", lbc, EventType.TRAVEL, day("2023-08-29"), KIM);
    List<Kind> byteLevel = Arrays.stream(Kind.values()).filter(Kind::isByteLevel).toList();
    List<Poison> corpus = new PoisonCorpus(topics.events(), serdes.event().serializer(), serdes.article().serializer(), 3)
        .generate(POISON, byteLevel);

    Map<String, String> sources = new HashMap<>(); // key -> "<topic>/<partition>/<offset>"
    PipelineProperties props = PipelineProperties.of("poison-it", broker.bootstrapServers(), stateDir, topics.deadLetters());
    try (TimelinePipeline app = TimelinePipeline.start(new TimelineConfig(topics, 50), serdes, props, Duration.ofSeconds(60));
        KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
            KafkaClientConfigs.producer(broker.bootstrapServers(), "poison-it"), new StringSerializer(), new ByteArraySerializer())) {
      List<ProducerRecord<String, byte[]>> sends = new ArrayList<>();
      sends.add(new ProducerRecord<>(topics.events(), un.getId(), serdes.event().serializer().serialize(topics.events(), un)));
      corpus.forEach(poison -> sends.add(new ProducerRecord<>(topics.events(), poison.key(), poison.value())));
      sends.add(new ProducerRecord<>(topics.events(), train.getId(), serdes.event().serializer().serialize(topics.events(), train)));
      send(producer, sends, sources);
      new PipelineProgress(broker.bootstrapServers(), topics, serdes.revision().deserializer())
          .awaitSettled(Set.of(un.getId(), train.getId()), Duration.ofSeconds(60));
      // Written after the good revisions were read back: the progress check reads that topic too.
      List<ProducerRecord<String, byte[]>> badRevisions = new ArrayList<>();
      for (int i = 0; i < BAD_REVISIONS; i++) {
        badRevisions.add(new ProducerRecord<>(topics.timelineRevisions(), "bad-revision-" + i,
            ("not a revision " + i).getBytes(StandardCharsets.UTF_8)));
      }
      send(producer, badRevisions, sources);
      List<ConsumerRecord<String, byte[]>> dead = awaitDeadLetters(topics, POISON + BAD_REVISIONS, Duration.ofSeconds(60));

      app.requireHealthy();
      assertThat(dead).extracting(ConsumerRecord::key).doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(sources.keySet().stream().filter(key -> key.startsWith("poison-")
              || key.startsWith("bad-revision-")).toList());
      Map<String, byte[]> sent = new HashMap<>();
      corpus.forEach(poison -> sent.put(poison.key(), poison.value()));
      for (ConsumerRecord<String, byte[]> letter : dead) {
        assertThat(header(letter.headers(), "__streams.errors.topic") + "/" + header(letter.headers(), "__streams.errors.partition")
            + "/" + header(letter.headers(), "__streams.errors.offset")).as(letter.key()).isEqualTo(sources.get(letter.key()));
        assertThat(header(letter.headers(), "__streams.errors.message")).as(letter.key()).isNotBlank();
        if (sent.containsKey(letter.key())) {
          assertThat(letter.value()).as(letter.key()).isEqualTo(sent.get(letter.key()));
        }
      }
    }

    Map<String, TimelineEntry> timeline = new TopicSnapshot(broker.bootstrapServers(), Duration.ofSeconds(30))
        .latest(topics.timeline(), serdes.entry().deserializer());
    assertThat(timeline).containsOnlyKeys(EntryIdentity.entryId(un), EntryIdentity.entryId(train));
  }

  /** Sends {@code records} one by one, noting where each landed in {@code sources}. */
  private static void send(KafkaProducer<String, byte[]> producer, List<ProducerRecord<String, byte[]>> records,
      Map<String, String> sources) throws Exception {
    for (ProducerRecord<String, byte[]> record : records) {
      RecordMetadata sent = producer.send(record).get();
      sources.put(record.key(), sent.topic() + "/" + sent.partition() + "/" + sent.offset());
    }
  }

  /** The dead letters, once there are {@code count} of them. */
  private static List<ConsumerRecord<String, byte[]>> awaitDeadLetters(TopicCatalog topics, int count, Duration timeout)
      throws InterruptedException {
    TopicSnapshot snapshot = new TopicSnapshot(broker.bootstrapServers(), Duration.ofSeconds(30));
    long deadline = System.nanoTime() + timeout.toNanos();
    List<ConsumerRecord<String, byte[]>> dead = snapshot.records(topics.deadLetters(), new ByteArrayDeserializer());
    while (dead.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(200);
      dead = snapshot.records(topics.deadLetters(), new ByteArrayDeserializer());
    }
    return dead;
  }

  private static String header(Headers headers, String name) {
    var header = headers.lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
