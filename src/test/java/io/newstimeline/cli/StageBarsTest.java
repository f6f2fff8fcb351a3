package io.newstimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.kafka.GroupProgress.Check;
import io.newstimeline.kafka.GroupProgress.TopicProgress;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One bar per source topic, finished bars on their own line, and the pipeline's second application below the first. */
class StageBarsTest {

  final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  final StageBars bars = new StageBars(new PrintStream(bytes, true, StandardCharsets.UTF_8), "app");

  @Test
  void shouldDrawEachStagesTopicsOnTheirOwnLines() {
    bars.accept(check(new TopicProgress("news.events", 5, 10), new TopicProgress("app-events-by-entry-repartition", 0, 5)));
    bars.accept(check(new TopicProgress("news.events", 10, 10), new TopicProgress("app-events-by-entry-repartition", 10, 10)));
    bars.accept(check(new TopicProgress("news.timeline-revisions", 4, 8),
        new TopicProgress("app-actor-views-entry-changes-by-actor-repartition", 0, 0)));
    bars.accept(check(new TopicProgress("news.timeline-revisions", 8, 8),
        new TopicProgress("app-actor-views-entry-changes-by-actor-repartition", 20, 20)));
    bars.finish();

    List<String> lines = Arrays.stream(bytes.toString(StandardCharsets.UTF_8).split("\n"))
        .map(line -> line.substring(line.lastIndexOf('\r') + 1)) // what a terminal shows: the last redraw
        .toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).startsWith("news.events").contains("100%");
    assertThat(lines.get(1)).startsWith("events-by-entry").contains("100%");
    assertThat(lines.get(2)).startsWith("news.timeline-revisions").contains("100%");
    assertThat(lines.get(3)).startsWith("actor-views-entry-changes-by-actor").contains("20/20");
  }

  private static Check check(TopicProgress... topics) {
    List<TopicProgress> list = List.of(topics);
    return new Check(list, list.stream().allMatch(TopicProgress::reached));
  }
}
