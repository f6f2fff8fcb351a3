package io.newstimeline.api;

import static io.newstimeline.testing.TimelineFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newstimeline.avro.EventType;
import io.newstimeline.avro.TimelineEntry;
import io.newstimeline.timeline.TimelineModel;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineFilterTest {

  private static TimelineFilter filter(String query) {
    return TimelineFilter.of(ApiRequest.of(URI.create("/api/timeline?" + query)));
  }

  private static TimelineEntry entry(String id, EventType type, io.newstimeline.avro.EventDate date) {
    return TimelineModel.entries(List.of(event(id, "LBC", LBC_PUBLISHED, type, date, KIM, PUTIN))).get(0);
  }

  @Test
  void shouldKeepEntriesWhoseDatesOverlapTheRangeOpenBoundsIncluded() {
    TimelineFilter august = filter("from=2023-08-01&to=2023-08-31");

    assertThat(august.matches(entry("in", EventType.VISIT, day("2023-08-30")))).isTrue();
    assertThat(august.matches(entry("before", EventType.VISIT, day("2023-07-31")))).isFalse();
    assertThat(august.matches(entry("after", EventType.VISIT, day("2023-09-01")))).isFalse();
    assertThat(august.matches(entry("quarter", EventType.VISIT, quarter("2023-07-01", "2023-09-30", "this quarter")))).isTrue();
    assertThat(august.matches(entry("bounded", EventType.VISIT, onOrBefore("2023-09-10", "recently")))).isTrue();
    assertThat(august.matches(entry("too-early", EventType.VISIT, onOrBefore("2023-07-10", "recently")))).isFalse();
  }

  @Test
  void shouldFilterByActorTypeAndPrecision() {
    TimelineEntry visit = entry("visit", EventType.VISIT, month("2023-08", "in August"));

    assertThat(filter("actor=kim-jong-un&type=visit&precision=month").matches(visit)).isTrue();
    assertThat(filter("actor=sergei-shoigu").matches(visit)).isFalse();
    assertThat(filter("type=MEETING").matches(visit)).isFalse();
    assertThat(filter("precision=DAY").matches(visit)).isFalse();
  }

  @Test
  void shouldContinueStrictlyAfterTheCursorOfAPage() {
    TimelineFilter next = filter("after=" + TimelineFilter.cursorOf("2023-08-30|0|2023-08-30|e-1"));

    assertThat(next.afterCursor("2023-08-30|0|2023-08-30|e-1")).isFalse();
    assertThat(next.afterCursor("2023-08-30|0|2023-08-30|e-2")).isTrue();
    assertThat(next.limit()).isEqualTo(TimelineFilter.DEFAULT_LIMIT);
  }

  @Test
  void shouldRefuseBadParametersWithA400NamingThem() {
    for (String[] bad : new String[][] {
        {"from=30-08-2023", "'from' must be a date"},
        {"from=2023-09-01&to=2023-08-01", "is after 'to'"},
        {"limit=0", "'limit' must be between 1 and 500"},
        {"limit=many", "'limit' must be a whole number"},
        {"type=party", "unknown type 'party'"},
        {"precision=hour", "unknown precision 'hour'"},
        {"after=!!", "'after' is not a cursor"},
        {"sort=desc", "unknown parameter 'sort'"},
        {"limit=1&limit=2", "given twice"}}) {
      assertThatThrownBy(() -> filter(bad[0])).as(bad[0])
          .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400))
          .hasMessageContaining(bad[1]);
    }
  }
}
