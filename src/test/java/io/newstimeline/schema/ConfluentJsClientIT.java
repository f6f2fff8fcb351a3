package io.newstimeline.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs {@code .ci/confluent-client-check/check.mjs}, which uses the unmodified npm client
 * {@code @kafkajs/confluent-schema-registry}, against the embedded registry. Off unless asked for,
 * because it needs Node and {@code npm ci} in that folder:
 *
 * <pre>{@code
 * (cd .ci/confluent-client-check && npm ci)
 * mvn -B verify -Dconfluent.js.check=true -Dit.test=ConfluentJsClientIT -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false
 * }</pre>
 */
@EnabledIfSystemProperty(named = "confluent.js.check", matches = "true")
class ConfluentJsClientIT {

  private static final Path CHECK_DIR = Path.of(".ci", "confluent-client-check");

  @Test
  void shouldServeAnUnmodifiedThirdPartyConfluentClient() throws IOException, InterruptedException {
    assertThat(CHECK_DIR.resolve("node_modules")).as("run 'npm ci' in %s first", CHECK_DIR).isDirectory();
    try (EmbeddedSchemaRegistryServer server = EmbeddedSchemaRegistryServer.start(new InMemorySchemaRegistry(), 0)) {
      Path output = Files.createTempFile("confluent-client-check", ".txt");
      Process node = new ProcessBuilder("node", "check.mjs", server.url())
          .directory(CHECK_DIR.toFile())
          .redirectErrorStream(true)
          .redirectOutput(output.toFile())
          .start();
      boolean finished = node.waitFor(60, TimeUnit.SECONDS);
      if (!finished) {
        node.destroyForcibly();
      }
      String printed = Files.readString(output, StandardCharsets.UTF_8);
      Files.delete(output);

      assertThat(finished).as("node finished within 60 s; printed:%n%s", printed).isTrue();
      assertThat(node.exitValue()).as("node exit code; printed:%n%s", printed).isZero();
      assertThat(printed).contains("7 passed, 0 failed");
    }
  }
}
