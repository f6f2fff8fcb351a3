package io.newstimeline.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newstimeline.avro.Actor;
import io.newstimeline.avro.ActorKind;
import io.newstimeline.kafka.BrokerOptions;
import io.newstimeline.kafka.EmbeddedKafkaBroker;
import io.newstimeline.kafka.KafkaClientConfigs;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("broker")
class KafkaSchemaLogIT {

  private static EmbeddedKafkaBroker broker;

  @BeforeAll
  static void startBroker() {
    broker = EmbeddedKafkaBroker.start(BrokerOptions.defaults().withPort(0));
  }

  @AfterAll
  static void stopBroker() {
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void shouldCreateACompactedTopicWithOnePartition() throws Exception {
    String topic = uniqueTopic();

    try (KafkaSchemaLog ignored = KafkaSchemaLog.open(broker.bootstrapServers(), topic);
        Admin admin = Admin.create(KafkaClientConfigs.common(broker.bootstrapServers(), "schema-log-it"))) {
      TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
      ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
      Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);

      assertThat(description.partitions()).hasSize(1);
      assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
    }
  }

  @Test
  void shouldRebuildTheSameIdsVersionsConfigsAndDeletesAfterARestart() {
    String topic = uniqueTopic();
    try (KafkaSchemaLog log = KafkaSchemaLog.open(broker.bootstrapServers(), topic)) {
      RegistryHistory.write(new InMemorySchemaRegistry(log));
    }

    try (KafkaSchemaLog log = KafkaSchemaLog.open(broker.bootstrapServers(), topic)) {
      RegistryHistory.assertRebuilt(new InMemorySchemaRegistry(log));
    }
  }

  @Test
  void shouldDecodeRecordsWrittenBeforeARestartOfTheRegistryServer() {
    String topic = uniqueTopic();
    Actor putin = Actor.newBuilder().setId("vladimir-putin").setName("Vladimir Putin").setKind(ActorKind.PERSON).build();
    byte[] written;
    try (KafkaSchemaLog log = KafkaSchemaLog.open(broker.bootstrapServers(), topic);
        EmbeddedSchemaRegistryServer server = EmbeddedSchemaRegistryServer.start(new InMemorySchemaRegistry(log), 0)) {
      RestSchemaRegistryClient client = new RestSchemaRegistryClient(server.url());
      client.register("other-value", new org.apache.avro.Schema.Parser().parse(RegistryHistory.THING));
      written = AvroSerde.forValues(client, Actor.class).serialize("news.actors", putin);
    }

    try (KafkaSchemaLog log = KafkaSchemaLog.open(broker.bootstrapServers(), topic);
        EmbeddedSchemaRegistryServer server = EmbeddedSchemaRegistryServer.start(new InMemorySchemaRegistry(log), 0)) {
      RestSchemaRegistryClient client = new RestSchemaRegistryClient(server.url());

      assertThat(client.getLatest("news.actors-value").id()).isEqualTo(2);
      assertThat(AvroSerde.forValues(client, Actor.class).deserialize("news.actors", written)).isEqualTo(putin);
    }
  }

  @Test
  void shouldRefuseATopicHoldingConfluentSchemaRegistryRecordsWithOneLine() throws Exception {
    String topic = uniqueTopic();
    try (KafkaSchemaLog ignored = KafkaSchemaLog.open(broker.bootstrapServers(), topic);
        KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
            KafkaClientConfigs.producer(broker.bootstrapServers(), "confluent-like"), new ByteArraySerializer(),
            new ByteArraySerializer())) {
      // What Confluent Schema Registry writes first to its _schemas topic.
      producer.send(new ProducerRecord<>(topic, bytes("{\"keytype\":\"NOOP\",\"magic\":0}"), null)).get();
    }

    try (KafkaSchemaLog log = KafkaSchemaLog.open(broker.bootstrapServers(), topic)) {
      assertThatThrownBy(() -> new InMemorySchemaRegistry(log))
          .isInstanceOf(ForeignSchemaLogException.class)
          .hasMessage("Topic " + topic + " holds records the embedded registry did not write (offset 0, key "
              + "{\"keytype\":\"NOOP\",\"magic\":0}); give the registry a topic of its own with --registry-topic");
    }
  }

  @Test
  void shouldKeepItsLogOffConfluentsSchemasTopicByDefault() {
    assertThat(KafkaSchemaLog.DEFAULT_TOPIC).isNotEqualTo("_schemas");
    try (KafkaSchemaLog log = KafkaSchemaLog.open(broker.bootstrapServers())) {
      assertThat(log.topic()).isEqualTo(KafkaSchemaLog.DEFAULT_TOPIC);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String uniqueTopic() {
    return "_news-timeline-schemas-" + UUID.randomUUID();
  }
}
