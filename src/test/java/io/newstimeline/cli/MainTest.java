package io.newstimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void shouldListEverySubcommandInHelp() {
    CliRun run = CliRun.of("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("demo", "produce", "generate", "run", "timeline", "replay", "audit", "extract", "evaluate");
  }

  @Test
  void shouldRejectAnUnknownOptionWithOneLineAndUsageExitCode() {
    CliRun run = CliRun.of("demo", "--no-such-flag");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run.err().strip()).doesNotContain("\n").contains("--no-such-flag").contains("news-timeline demo --help");
  }

  @Test
  void shouldRejectANonNumericPortWithOneLine() {
    CliRun run = CliRun.of("demo", "--kafka-port", "ninety");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run.err().strip()).doesNotContain("\n").contains("ninety");
  }

  @Test
  void shouldRejectAMissingArticleFileWithOneLineNamingIt() {
    CliRun run = CliRun.of("produce", "no/such/article.txt");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_INPUT);
    assertThat(run.err().strip()).isEqualTo("news-timeline: no/such/article.txt: no such file or folder");
  }

  @Test
  void shouldRejectAnAsOfThatIsNotAnInstant() {
    CliRun run = CliRun.of("audit", "--as-of", "yesterday");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run.err().strip()).doesNotContain("\n").contains("--as-of must be an ISO-8601 instant");
  }

  @Test
  void shouldRejectABadTopicPrefixWithOneLine() {
    CliRun run = CliRun.of("timeline", "--topic-prefix", "bad prefix!");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_INPUT);
    assertThat(run.err().strip()).doesNotContain("\n").contains("--topic-prefix");
  }

  @Test
  void shouldRejectABadStreamsSettingOfRunWithOneLineBeforeConnecting() {
    CliRun run = CliRun.of("run", "--bootstrap-servers", "localhost:1", "--streams-config", "commit.interval.ms=soon");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_INPUT);
    assertThat(run.err().strip()).doesNotContain("\n").startsWith("news-timeline: --streams-config")
        .contains("commit.interval.ms");
  }
}
