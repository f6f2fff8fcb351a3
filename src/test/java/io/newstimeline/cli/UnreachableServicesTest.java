package io.newstimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.tools.soak.ChildJvm;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Client commands pointed at a cluster or a registry that nobody answers for: each exits with
 * {@link Main#EXIT_UNAVAILABLE} and prints one line naming what it could not reach, and nothing
 * else (no client warnings, no stack trace). Each runs in a JVM of its own, as a user runs it, so
 * that every line it logs is seen.
 */
class UnreachableServicesTest {

  private static final Duration AT_MOST = Duration.ofMinutes(2);

  @TempDir Path dir;

  static Stream<Arguments> commands() {
    return Stream.of(
        Arguments.of(List.of("produce", "seeds/2023-08-30-lbc-putin-kim-exchange-letters.txt"), "Kafka cluster"),
        Arguments.of(List.of("generate", "--events", "10"), "Kafka cluster"),
        Arguments.of(List.of("transactions"), "Kafka cluster"),
        Arguments.of(List.of("timeline"), "Schema registry"),
        Arguments.of(List.of("replay"), "Schema registry"),
        Arguments.of(List.of("audit", "--as-of", "2024-01-01T00:00:00Z"), "Schema registry"));
  }

  @ParameterizedTest
  @MethodSource("commands")
  void shouldSayInOneLineWhatIsUnreachable(List<String> command, String service) throws Exception {
    int port = closedPort();
    List<String> args = new ArrayList<>(command);
    args.addAll(List.of("--bootstrap-servers", "127.0.0.1:" + port, "--schema-registry-url", "http://127.0.0.1:" + port));
    Path output = dir.resolve("output.txt");

    try (ChildJvm cli = ChildJvm.start(command.get(0), List.of(), args, output)) {
      assertThat(cli.awaitExit(AT_MOST)).isEqualTo(Main.EXIT_UNAVAILABLE);
    }

    String address = service.equals("Kafka cluster") ? "127.0.0.1:" + port : "http://127.0.0.1:" + port;
    assertThat(Files.readAllLines(output)).singleElement().asString()
        .startsWith("news-timeline: " + service + " at " + address + " is unreachable (");
  }

  /** A loopback port that was free a moment ago, so that nothing answers on it. */
  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
