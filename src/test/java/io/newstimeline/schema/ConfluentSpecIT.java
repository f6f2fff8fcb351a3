package io.newstimeline.schema;

import io.newstimeline.testing.NodeCheck;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newstimeline.app.EmbeddedStack;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs Confluent's own end-to-end spec of its JavaScript client, {@code @confluentinc/schemaregistry}
 * ({@code dist/e2e/schemaregistry-client.spec.js}, as the npm package ships it, with jest), against
 * the embedded registry on a real broker: full registration answers, schema metadata, subject and
 * global configs with {@code normalize}, compatibility checks and deletes.
 *
 * <p>Needs Node.js and npm (the npm registry, for {@code npm ci}); skipped where {@code node} or
 * {@code npm} is missing, so a machine with only a JDK and Maven still passes.
 */
@Tag("broker")
class ConfluentSpecIT {

  private static final NodeCheck SPEC = new NodeCheck(Path.of(".ci", "confluent-e2e-spec"));

  @TempDir Path dataDir;

  @Test
  void shouldPassConfluentsOwnClientSpec() throws Exception {
    assumeTrue(NodeCheck.nodeAvailable(), "node and npm are needed for Confluent's client spec");
    SPEC.install();
    try (EmbeddedStack stack = EmbeddedStack.start(dataDir, 0, 0)) {
      NodeCheck.Run spec = SPEC.run(List.of("npx", "--no-install", "jest", "--ci"),
          Map.of("SCHEMA_REGISTRY_URL", stack.registryUrl()), Duration.ofMinutes(3));

      assertThat(spec.exitCode()).as("jest printed:%n%s", spec.output()).isZero();
      assertThat(spec.output()).as("jest printed:%n%s", spec.output()).contains("Tests:       8 passed, 8 total");
    }
  }
}
