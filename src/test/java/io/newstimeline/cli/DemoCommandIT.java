package io.newstimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The README's demo, end to end on the seed articles: embedded broker and registry, extraction, topology, output. */
@Tag("broker")
class DemoCommandIT {

  @Test
  void shouldPrintTheSeedTimelineInEventTimeOrderWithLinkAlerts() {
    CliRun run = CliRun.of("demo", "--once", "--kafka-port", "0", "--registry-port", "0", "--http-port", "0");

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    int lateLastYear = indexOf(lines, "2022-Q4 ");
    int unStatement = indexOf(lines, "2023-08-30 ", "STATEMENT", "United Nations");
    int train = indexOf(lines, "2023-09-10 ", "TRAVEL", "Kim Jong Un");
    assertThat(lateLastYear).as("the 'late last year' item, placed in 2022").isGreaterThan(0);
    assertThat(unStatement).as("the UN joint statement of 2023-08-30").isGreaterThan(lateLastYear);
    assertThat(train).as("Kim's train departure on 2023-09-10").isGreaterThan(unStatement);
    int visit = indexOf(lines, "on or before 2023-08-30", "VISIT", "Sergei Shoigu");
    assertThat(visit).as("Shoigu's recent visit, bounded by the publication day").isBetween(lateLastYear, unStatement);
    assertThat(indexOf(lines, "on or before 2023-08-30", "COMMUNICATION", "Kim Jong Un, Vladimir Putin"))
        .as("the letters, exchanged following Shoigu's visit").isBetween(visit, train);
    int alerts = indexOf(lines, "LINK ALERTS");
    assertThat(alerts).isGreaterThan(train);
    assertThat(lines.subList(alerts, lines.size())).anyMatch(l -> l.startsWith("NEW LINK  Kim Jong Un <-> Vladimir Putin"));
    assertThat(run.out()).contains("Timeline ready");
  }

  /** Index of the first line containing every one of {@code parts}, or -1. */
  private static int indexOf(List<String> lines, String... parts) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (java.util.Arrays.stream(parts).allMatch(line::contains)) {
        return i;
      }
    }
    return -1;
  }
}
