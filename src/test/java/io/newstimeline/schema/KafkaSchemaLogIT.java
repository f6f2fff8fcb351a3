package io.newstimeline.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.avro.Actor;
import io.newstimeline.avro.ActorKind;
import io.newstimeline.kafka.BrokerOptions;
import io.newstimeline.kafka.EmbeddedKafkaBroker;
import io.newstimeline.kafka.KafkaClientConfigs;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
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

  private static String uniqueTopic() {
    return "_schemas-" + UUID.randomUUID();
  }
}
