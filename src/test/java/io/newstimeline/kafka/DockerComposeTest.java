package io.newstimeline.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newstimeline.schema.EmbeddedSchemaRegistryServer;
import io.newstimeline.schema.KafkaSchemaLog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.Test;

/**
 * {@code docker-compose.yml}, the path to a real Confluent stack, read without a Docker engine:
 * every image pinned, and its ports, broker settings and topic prefix the same as the embedded
 * stack's defaults, which are the one place they are decided.
 */
class DockerComposeTest {

  private static final JsonNode SERVICES = read().get("services");

  @Test
  void shouldPinEveryImageToOneVersion() {
    List<String> images = new ArrayList<>();
    SERVICES.forEach(service -> images.add(service.get("image").asText()));

    assertThat(images).hasSize(7).allMatch(image -> image.matches("[\\w./-]+:\\d+\\.\\d+\\.\\d+(-[\\w.-]+)?"), "pinned");
    for (String broker : List.of("kafka", "kafka-1", "kafka-2", "kafka-3")) {
      assertThat(SERVICES.get(broker).get("image").asText()).as(broker).isEqualTo("apache/kafka:" + AppInfoParser.getVersion());
    }
  }

  @Test
  void shouldPublishTheEmbeddedStacksDefaultPorts() {
    assertThat(SERVICES.get("kafka").get("ports").get(0).asText()).isEqualTo("127.0.0.1:" + BrokerOptions.DEFAULT_PORT
        + ":" + BrokerOptions.DEFAULT_PORT);
    assertThat(SERVICES.get("schema-registry").get("ports").get(0).asText())
        .isEqualTo("127.0.0.1:" + EmbeddedSchemaRegistryServer.DEFAULT_PORT + ":" + EmbeddedSchemaRegistryServer.DEFAULT_PORT);
  }

  @Test
  void shouldConfigureTheBrokerAsTheEmbeddedOneIs() {
    Map<String, String> embedded = BrokerProperties.of(Path.of("unused"), 1, 2);
    JsonNode environment = SERVICES.get("kafka").get("environment");
    List<String> shared = List.of("offsets.topic.replication.factor", "transaction.state.log.replication.factor",
        "transaction.state.log.min.isr", "group.initial.rebalance.delay.ms", "auto.create.topics.enable");

    for (String setting : shared) {
      String variable = "KAFKA_" + setting.toUpperCase(Locale.ROOT).replace('.', '_');
      assertThat(environment.path(variable).asText()).as(variable).isEqualTo(embedded.get(setting));
    }
  }

  @Test
  void shouldConfigureTheClusterProfileAsAThreeNodeEmbeddedClusterIs() {
    Map<String, String> embedded = BrokerProperties.of(Path.of("unused"), 1, 2, ClusterVoters.of(3, 3), List.of());
    List<String> shared = List.of("offsets.topic.replication.factor", "transaction.state.log.replication.factor",
        "transaction.state.log.min.isr", "default.replication.factor", "min.insync.replicas",
        "group.initial.rebalance.delay.ms", "auto.create.topics.enable");
    List<String> nodeIds = new ArrayList<>();
    List<String> voters = new ArrayList<>();

    for (String broker : List.of("kafka-1", "kafka-2", "kafka-3")) {
      JsonNode service = SERVICES.get(broker);
      JsonNode environment = service.get("environment");
      assertThat(service.get("profiles").get(0).asText()).as(broker).isEqualTo("cluster");
      for (String setting : shared) {
        String variable = "KAFKA_" + setting.toUpperCase(Locale.ROOT).replace('.', '_');
        assertThat(environment.path(variable).asText()).as(broker + " " + variable).isEqualTo(embedded.get(setting));
      }
      nodeIds.add(environment.get("KAFKA_NODE_ID").asText());
      voters.add(environment.get("KAFKA_CONTROLLER_QUORUM_VOTERS").asText());
    }

    assertThat(embedded).containsEntry("default.replication.factor", "3").containsEntry("min.insync.replicas", "2");
    assertThat(nodeIds).containsExactly("1", "2", "3");
    assertThat(voters).containsOnly("1@kafka-1:9093,2@kafka-2:9093,3@kafka-3:9093");
    assertThat(SERVICES.get("cluster-registry").get("profiles").get(0).asText()).isEqualTo("cluster");
    assertThat(SERVICES.get("cluster-registry").get("environment").get("SCHEMA_REGISTRY_KAFKASTORE_TOPIC_REPLICATION_FACTOR")
        .asText()).isEqualTo("3");
  }

  @Test
  void shouldKeepConfluentsRegistryOnItsOwnTopicAndTheAppOnTheDefaultPrefix() {
    JsonNode registry = SERVICES.get("schema-registry").get("environment");
    String command = SERVICES.get("app").get("command").asText();

    assertThat(registry.get("SCHEMA_REGISTRY_KAFKASTORE_TOPIC").asText()).isNotEqualTo(KafkaSchemaLog.DEFAULT_TOPIC);
    assertThat(command).contains("--topic-prefix " + TopicCatalog.DEFAULT_PREFIX,
        "--schema-registry-url http://schema-registry:" + EmbeddedSchemaRegistryServer.DEFAULT_PORT);
  }

  private static JsonNode read() {
    try {
      return new ObjectMapper(new YAMLFactory()).readTree(Path.of("docker-compose.yml").toFile());
    } catch (IOException e) {
      throw new IllegalStateException("docker-compose.yml is not readable YAML", e);
    }
  }
}
