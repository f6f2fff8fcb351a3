package io.newstimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code generate}'s command line: bad arguments are one line and the usage exit code, before any connection. */
class GenerateCommandTest {

  @Test
  void shouldRejectANegativeEventCount() {
    CliRun run = CliRun.of("generate", "--events", "-5");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run.err().strip()).doesNotContain("\n").contains("--events must be at least 1: -5")
        .contains("news-timeline generate --help");
  }

  @Test
  void shouldRejectZeroEvents() {
    CliRun run = CliRun.of("generate", "--events", "0");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run.err().strip()).doesNotContain("\n").contains("--events must be at least 1: 0");
  }

  @Test
  void shouldRejectANegativeFirstIndex() {
    CliRun run = CliRun.of("generate", "--events", "10", "--from", "-1");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run.err().strip()).doesNotContain("\n").contains("--from must not be negative: -1");
  }

  @Test
  void shouldRejectARangeBeyondTheLastIndex() {
    CliRun run = CliRun.of("generate", "--events", "10", "--from", String.valueOf(Long.MAX_VALUE - 5));

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run.err().strip()).doesNotContain("\n").contains("beyond the story's last index");
  }

  @Test
  void shouldRequireAnEventCount() {
    CliRun run = CliRun.of("generate");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run.err().strip()).doesNotContain("\n").contains("--events");
  }

  @Test
  void shouldRejectANonNumericSeed() {
    CliRun run = CliRun.of("generate", "--events", "10", "--seed", "forty-two");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run.err().strip()).doesNotContain("\n").contains("forty-two");
  }

  @Test
  void shouldRejectANonPositiveWaitTimeout() {
    CliRun run = CliRun.of("generate", "--events", "10", "--wait", "--timeout", "PT0S");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run.err().strip()).doesNotContain("\n").contains("--timeout must be positive: PT0S");
  }
}
