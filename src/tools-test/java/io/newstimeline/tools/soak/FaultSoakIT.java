package io.newstimeline.tools.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault soak, reduced for CI: 1,500 story events (with duplicates, late reports, corrections
 * and retractions) published to a broker in a JVM of its own while {@code run}, in another, is
 * SIGKILLed twice; the live timeline, links and alerted pairs must equal a clean replay's and every
 * pair must be alerted once. Kills of the broker are left to the {@code soak} command until enough
 * runs show them safe (docs/RELIABILITY.md).
 */
@Tag("broker")
class FaultSoakIT {

  @TempDir Path workDir;

  @Test
  void shouldGiveTheReplaysOutputsAfterKillsOfRun() throws Exception {
    ByteArrayOutputStream report = new ByteArrayOutputStream();
    FaultSoak.Result result;
    try (PrintStream out = new PrintStream(report, true, StandardCharsets.UTF_8)) {
      result = new FaultSoak(new FaultSoak.Options(1_500, 2, 0, 7, workDir, "384m"), out).run();
    }
    String said = report.toString(StandardCharsets.UTF_8);

    assertThat(said).containsSubsequence("Killed run", "Killed run");
    assertThat(result.runRecoveries()).as(said).hasSize(2);
    assertThat(result.live().timelineEntries()).isPositive();
    assertThat(result.live().alertsPerPair()).isNotEmpty();
    assertThat(result.live().repeatedAlerts()).isEmpty();
    assertThat(result.live().timeline()).isEqualTo(result.replay().timeline());
    assertThat(result.live().timelineEntries()).isEqualTo(result.replay().timelineEntries());
    assertThat(result.live().links()).isEqualTo(result.replay().links());
    assertThat(result.live().alertsPerPair().keySet()).isEqualTo(result.replay().alertsPerPair().keySet());
  }
}
