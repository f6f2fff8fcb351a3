package io.newstimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.app.EmbeddedStack;
import io.newstimeline.tools.soak.ChildJvm;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} in a JVM of its own, started before its cluster exists: it waits, saying so, and
 * starts when the cluster comes up; when the broker then goes away and comes back on the same
 * data, it says so both times and goes on processing.
 */
@Tag("broker")
class RunSurvivesBrokerOutageIT {

  private static final Duration STEP_TIMEOUT = Duration.ofMinutes(3);
  private static final String APPLICATION = "outage-it";

  @TempDir Path dir;

  @Test
  void shouldWaitForTheClusterThenResumeAfterTheBrokerReturns() throws Exception {
    int kafkaPort = freePort();
    int registryPort = freePort();
    String bootstrap = "127.0.0.1:" + kafkaPort;
    String registry = "http://127.0.0.1:" + registryPort;
    Path log = dir.resolve("run.log");
    try (ChildJvm run = ChildJvm.start("run", List.of("-Xmx384m"), List.of("run", "--application-id", APPLICATION,
        "--state-dir", dir.resolve("state").toString(), "--bootstrap-servers", bootstrap,
        "--schema-registry-url", registry, "--http-port", "0"), log)) {
      run.awaitLine(Pattern.compile("Waiting for the Kafka cluster at " + Pattern.quote(bootstrap)), 0, STEP_TIMEOUT);

      int beforeOutage;
      try (EmbeddedStack stack = EmbeddedStack.start(dir.resolve("data"), kafkaPort, registryPort)) {
        run.awaitLine(Pattern.compile("Timeline running on " + Pattern.quote(bootstrap)), 0, STEP_TIMEOUT);
        beforeOutage = ChildJvm.lineCount(log);
      }
      run.awaitLine(Pattern.compile("Kafka cluster at " + Pattern.quote(bootstrap) + " is unreachable"), beforeOutage,
          STEP_TIMEOUT);
      try (EmbeddedStack back = EmbeddedStack.start(dir.resolve("data"), kafkaPort, registryPort)) {
        run.awaitLine(Pattern.compile("Kafka cluster at " + Pattern.quote(bootstrap) + " is back after"), beforeOutage,
            STEP_TIMEOUT);

        CliRun processed = CliRun.of("generate", "--events", "300", "--wait", "--application-id", APPLICATION,
            "--timeout", "PT3M", "--bootstrap-servers", bootstrap, "--schema-registry-url", registry);

        assertThat(processed.exitCode()).as(processed.err()).isZero();
        assertThat(processed.out()).contains("Application '" + APPLICATION + "' has processed everything");
        assertThat(run.isAlive()).isTrue();
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
