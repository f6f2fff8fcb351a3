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

    assertThat(images).hasSize(3).allMatch(image -> image.matches("[\\w./-]+:\\d+\\.\\d+\\.\\d+(-[\\w.-]+)?"), "pinned");
    assertThat(SERVICES.get("kafka").get("image").asText()).isEqualTo("apache/kafka:" + AppInfoParser.getVersion());
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
