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
 * SIGKILLed once and the broker once; the live timeline, actor timelines, links and alerted pairs
 * must equal a clean replay's and every pair must be alerted once.
 */
@Tag("broker")
class FaultSoakIT {

  @TempDir Path workDir;

  @Test
  void shouldGiveTheReplaysOutputsAfterAKillOfRunAndOneOfTheBroker() throws Exception {
    ByteArrayOutputStream report = new ByteArrayOutputStream();
    FaultSoak.Result result;
    try (PrintStream out = new PrintStream(report, true, StandardCharsets.UTF_8)) {
      result = new FaultSoak(new FaultSoak.Options(1_500, 1, 1, 7, workDir, "384m"), out).run();
    }
    String said = report.toString(StandardCharsets.UTF_8);

    assertThat(said).contains("Killed run", "Killed the broker");
    assertThat(result.runRecoveries()).as(said).hasSize(1);
    assertThat(result.brokerRecoveries()).as(said).hasSize(1);
    assertThat(result.live().timelineEntries()).isPositive();
    assertThat(result.live().alertsPerPair()).isNotEmpty();
    assertThat(result.live().repeatedAlerts()).isEmpty();
    assertThat(result.live().timeline()).isEqualTo(result.replay().timeline());
    assertThat(result.live().timelineEntries()).isEqualTo(result.replay().timelineEntries());
    assertThat(result.live().actorTimelineCount()).isEqualTo(result.replay().actorTimelineCount());
    assertThat(result.live().actorTimelines()).isEqualTo(result.replay().actorTimelines());
    assertThat(result.live().links()).isEqualTo(result.replay().links());
    assertThat(result.live().alertsPerPair().keySet()).isEqualTo(result.replay().alertsPerPair().keySet());
  }
}
