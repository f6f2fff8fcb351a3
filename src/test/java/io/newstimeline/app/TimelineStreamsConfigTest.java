package io.newstimeline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newstimeline.InputException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Settings given on a command line go over the application's, and a bad one is named, not ignored. */
class TimelineStreamsConfigTest {

  final Properties base = TimelineStreamsConfig.properties("app", "localhost:9092", Path.of("state"), "dead-letters");

  @Test
  void shouldPutStreamsAndClientSettingsOverTheApplications() {
    Properties merged = TimelineStreamsConfig.withOverrides(base,
        Map.of("commit.interval.ms", "50", "producer.linger.ms", "5", "main.consumer.fetch.max.wait.ms", "10"), "--flag");

    assertThat(merged.get("commit.interval.ms")).isEqualTo("50");
    assertThat(merged.get("producer.linger.ms")).isEqualTo("5");
    assertThat(merged.get("main.consumer.fetch.max.wait.ms")).isEqualTo("10");
    assertThat(merged.get("processing.guarantee")).isEqualTo("exactly_once_v2");
    assertThat(base.get("commit.interval.ms")).isEqualTo(100); // the base is not changed
  }

  @Test
  void shouldNameAValueThatDoesNotParse() {
    assertThatThrownBy(() -> TimelineStreamsConfig.withOverrides(base, Map.of("commit.interval.ms", "soon"), "--flag"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("--flag")
        .hasMessageContaining("commit.interval.ms")
        .hasMessageContaining("soon");
  }

  @Test
  void shouldRefuseAKeyThatNoClientKnows() {
    assertThatThrownBy(() -> TimelineStreamsConfig.withOverrides(base, Map.of("commit.interval", "50"), "--flag"))
        .isInstanceOf(InputException.class)
        .hasMessage("--flag commit.interval=50: not a Kafka Streams or client setting");
    assertThatThrownBy(() -> TimelineStreamsConfig.withOverrides(base, Map.of("producer.commit.interval.ms", "50"), "--flag"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("not a Kafka Streams or client setting");
  }
}
