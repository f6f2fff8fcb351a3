package io.newstimeline.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newstimeline.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientSettingsTest {

  @TempDir Path dir;

  @AfterEach
  void clear() {
    KafkaClientConfigs.useEverywhere(ClientSettings.NONE);
  }

  @Test
  void shouldSplitKafkaSettingsFromTheRegistrysAndPutThemOverEveryClient() throws Exception {
    ClientSettings settings = ClientSettings.load(file("security.protocol=SASL_SSL\n"
        + "sasl.mechanism=SCRAM-SHA-256\n"
        + "bootstrap.servers=kafka1:9094\n"
        + "schema.registry.basic.auth.user.info=alice:secret\n"
        + "bearer.auth.token=abc\n"), "--client-config");

    assertThat(settings.kafka()).containsOnly(Map.entry("security.protocol", "SASL_SSL"),
        Map.entry("sasl.mechanism", "SCRAM-SHA-256"), Map.entry("bootstrap.servers", "kafka1:9094"));
    assertThat(settings.registry()).containsOnly(Map.entry("basic.auth.user.info", "alice:secret"),
        Map.entry("bearer.auth.token", "abc"));
    assertThat(settings.bootstrapServers()).isEqualTo("kafka1:9094");

    KafkaClientConfigs.useEverywhere(settings);
    assertThat(KafkaClientConfigs.producer("localhost:9092", "p"))
        .containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("bootstrap.servers", "localhost:9092")
        .containsEntry("acks", "all");
  }

  @Test
  void shouldRefuseASettingNoKafkaClientKnowsWithOneLine() throws Exception {
    Path file = file("security.protocol=SASL_SSL\nsasl.mechanizm=PLAIN\n");

    assertThatThrownBy(() -> ClientSettings.load(file, "--client-config"))
        .isInstanceOf(InputException.class)
        .hasMessage("--client-config: " + file + ": 'sasl.mechanizm' is not a Kafka client setting");
  }

  @Test
  void shouldRefuseAMissingFileWithOneLine() {
    Path missing = dir.resolve("none.properties");

    assertThatThrownBy(() -> ClientSettings.load(missing, "--client-config"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("--client-config: cannot read " + missing);
  }

  private Path file(String text) throws Exception {
    Path file = dir.resolve("client.properties");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
