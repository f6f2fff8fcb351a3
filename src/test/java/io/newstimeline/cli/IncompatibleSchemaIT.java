package io.newstimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.app.EmbeddedStack;
import io.newstimeline.avro.NewsEvent;
import io.newstimeline.schema.RestSchemaRegistryClient;
import java.nio.file.Path;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A contract change the registry refuses reaches the user as one line with the registry's 409,
 * not a stack trace: here the events subject already holds a {@code modality} of another type.
 */
@Tag("broker")
class IncompatibleSchemaIT {

  @TempDir Path dataDir;

  @Test
  void shouldRefuseAnIncompatibleEventSchemaWithTheRegistrysConflictOnOneLine() {
    try (EmbeddedStack stack = EmbeddedStack.start(dataDir, 0, 0)) {
      // Someone published events whose modality is a free-text string; the enum cannot read those.
      Schema conflicting = new Schema.Parser().parse(NewsEvent.getClassSchema().toString()
          .replaceFirst("\\{\"name\":\"modality\",\"type\":\\{[^}]*\\}", "{\"name\":\"modality\",\"type\":\"string\""));
      new RestSchemaRegistryClient(stack.registryUrl()).register("conflict.events-value", conflicting);

      CliRun run = CliRun.of("produce", "--bootstrap-servers", stack.bootstrapServers(), "--schema-registry-url",
          stack.registryUrl(), "--topic-prefix", "conflict.", "seeds/2023-09-11-forces-putin-turning-to-north-korea.txt");

      assertThat(run.exitCode()).isEqualTo(Main.EXIT_INPUT);
      assertThat(run.err().lines().toList()).hasSize(1);
      assertThat(run.err()).startsWith("news-timeline: the schema registry refused an incompatible schema (409): ")
          .contains("conflict.events-value");
    }
  }
}
