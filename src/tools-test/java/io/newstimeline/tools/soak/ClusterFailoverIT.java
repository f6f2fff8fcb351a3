package io.newstimeline.tools.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three brokers and three instances of {@code run}, each in a JVM of its own, take 2,400 story
 * events at 80 a second while one instance and then one broker are SIGKILLed and started again:
 * every topic has three replicas and two in sync, the instances share the partitions, the others
 * take a lost instance's partitions over, the query API answers only whole timelines or a 503
 * with Retry-After, and the live timeline, links and alerted pairs equal a clean replay's with every
 * pair alerted once. The figures (hand-over, stalls, API latency) are printed, not asserted.
 */
@Tag("broker")
@Tag("cluster")
class ClusterFailoverIT {

  @TempDir Path workDir;

  @Test
  void shouldLoseNothingAndAnswerOnlyWholeTimelinesWhenABrokerAndAnInstanceAreKilled() throws Exception {
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    ClusterSoak.Result result;
    try (PrintStream out = new PrintStream(new TeeStream(said, System.out), true, StandardCharsets.UTF_8)) {
      result = new ClusterSoak(new ClusterSoak.Options(2_400, 80, 3, 11, workDir, "256m"), out).run();
      out.printf(Locale.ROOT, "Figures: hand-over %.1f s; broker loss: producer %.1f s, timeline %.1f s, actor views"
          + " %.1f s; API during hand-over %s; overall %s; live %s; replay %s; actor timelines %s the replay's%n",
          result.instanceHandover(), result.producerStall(), result.timelineStall(), result.actorViewsStall(),
          result.duringHandover(), result.overall(), summary(result.live()), summary(result.replay()),
          result.live().actorTimelines().equals(result.replay().actorTimelines()) ? "equal" : "differ from");
    }
    String report = said.toString(StandardCharsets.UTF_8);

    assertThat(result.live().timelineEntries()).as(report).isPositive();
    assertThat(result.live().timeline()).as(report).isEqualTo(result.replay().timeline());
    assertThat(result.live().timelineEntries()).isEqualTo(result.replay().timelineEntries());
    assertThat(result.live().links()).as(report).isEqualTo(result.replay().links());
    assertThat(result.live().alertsPerPair()).isNotEmpty();
    assertThat(result.live().alertsPerPair().keySet()).isEqualTo(result.replay().alertsPerPair().keySet());
    assertThat(result.live().repeatedAlerts()).as(report).isEmpty();
    assertThat(result.wrongAnswers()).as(report).isEmpty();
    assertThat(result.replication()).as(report).isNotEmpty().allSatisfy((topic, replication) ->
        assertThat(replication).as(topic).isEqualTo("3/2"));
    assertThat(result.spread()).as(report).hasSize(3).allSatisfy((instance, partitions) -> assertThat(partitions).hasSize(1));
    assertThat(result.instanceHandover()).as(report).isPositive();
    assertThat(List.of(result.producerStall(), result.timelineStall(), result.actorViewsStall())).as(report)
        .allMatch(seconds -> seconds >= 0, "measured");
  }

  private static String summary(PipelineOutputs outputs) {
    return outputs.timelineEntries() + " entries " + outputs.timeline().substring(0, 12) + ", " + outputs.linkCount()
        + " links " + outputs.links().substring(0, 12) + ", " + outputs.alertsPerPair().size() + " pairs alerted";
  }

  /** Writes to two streams: the report kept for assertion messages and the test's own output. */
  private static final class TeeStream extends java.io.OutputStream {
    private final java.io.OutputStream a;
    private final java.io.OutputStream b;

    TeeStream(java.io.OutputStream a, java.io.OutputStream b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public void write(int c) throws java.io.IOException {
      a.write(c);
      b.write(c);
    }

    @Override
    public void write(byte[] bytes, int off, int len) throws java.io.IOException {
      a.write(bytes, off, len);
      b.write(bytes, off, len);
    }
  }
}
