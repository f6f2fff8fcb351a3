package io.newstimeline.tools.eval.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newstimeline.InputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityTimelineTest {

  @Test
  void shouldReadAndWriteTheTaskFormat() {
    List<String> lines = List.of("Airbus", "0\tXXXX-XX-XX\t1173-12-owned", "3\t2005-01-18\t3307-0-launches\t3307-2-unveiled");

    EntityTimeline timeline = EntityTimeline.parse("airbus.txt", lines);

    assertThat(timeline.entity()).isEqualTo("Airbus");
    assertThat(timeline.positions()).containsExactly(
        new EntityTimeline.Position(0, "XXXX-XX-XX", List.of("1173-12-owned")),
        new EntityTimeline.Position(3, "2005-01-18", List.of("3307-0-launches", "3307-2-unveiled")));
    assertThat(timeline.format()).isEqualTo(String.join("\n", lines) + "\n");
  }

  @Test
  void shouldNameTheFileAsTheTaskDoes() {
    assertThat(EntityTimeline.fileName("Boeing 787 Dreamliner")).isEqualTo("boeing_787_dreamliner.txt");
  }

  @Test
  void shouldRejectALineWithoutMentionsNamingFileAndLine() {
    assertThatThrownBy(() -> EntityTimeline.parse("airbus.txt", List.of("Airbus", "1\t2005-01-18")))
        .isInstanceOf(InputException.class)
        .hasMessage("airbus.txt:2: expected position, date and mentions separated by tabs");
  }
}
