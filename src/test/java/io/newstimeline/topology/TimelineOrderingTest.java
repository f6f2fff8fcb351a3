package io.newstimeline.topology;

import static io.newstimeline.testing.TimelineFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.avro.EventType;
import io.newstimeline.avro.NewsEvent;
import io.newstimeline.avro.TimelineEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.newstimeline.timeline.EntryIdentity;
import io.newstimeline.timeline.SortKey;

class TimelineOrderingTest {

  @TempDir Path stateDir;
  TimelineDriver t;

  @BeforeEach
  void start() {
    t = TimelineDriver.inMemory(stateDir);
  }

  @AfterEach
  void stop() {
    t.close();
  }

  @Test
  void shouldOrderEntriesByWhenEventsHappenedNotByArrival() {
    NewsEvent train = event("train", "Forces News", FORCES_PUBLISHED, EventType.TRAVEL, day("2023-09-10"), KIM);
    NewsEvent un = event("un", "LBC", LBC_PUBLISHED, EventType.STATEMENT, day("2023-08-30"), US, NORTH_KOREA);
    NewsEvent shipment = event("shipment", "LBC", LBC_PUBLISHED, EventType.TRANSACTION,
        quarter("2022-10-01", "2022-12-31", "Late last year"), US, NORTH_KOREA);
    NewsEvent visit = event("visit", "LBC", LBC_PUBLISHED, EventType.VISIT,
        onOrBefore("2023-08-30", "during a recent visit"), SHOIGU, NORTH_KOREA);

    t.pipe(train, un, shipment, visit);

    assertThat(t.timelineOrder()).containsExactly(
        EntryIdentity.entryId(shipment), EntryIdentity.entryId(visit), EntryIdentity.entryId(un), EntryIdentity.entryId(train));
  }

  @Test
  void shouldPublishEachEntryWithItsSortKeyAndDate() {
    NewsEvent train = event("train", "Forces News", FORCES_PUBLISHED, EventType.TRAVEL, day("2023-09-10"), KIM);

    t.pipe(train);

    Map<String, TimelineEntry> timeline = TimelineDriver.latest(t.timeline);
    String id = EntryIdentity.entryId(train);
    assertThat(timeline).containsOnlyKeys(id);
    TimelineEntry entry = timeline.get(id);
    assertThat(entry.getSortKey()).isEqualTo("2023-09-10|0|2023-09-10|" + id);
    assertThat(entry.getDate()).isEqualTo(day("2023-09-10"));
    assertThat(entry.getActors()).containsExactly(KIM);
    assertThat(entry.getRevision()).isEqualTo(1);
    assertThat(entry.getCorroboration()).isEqualTo(1);
    assertThat(t.timeline.isEmpty()).isTrue();
  }

  @Test
  void shouldKeepTwoEventsOnTheSameDayApartAndInIdOrder() {
    NewsEvent a = event("a", "LBC", LBC_PUBLISHED, EventType.STATEMENT, day("2023-08-30"), US);
    NewsEvent b = event("b", "LBC", LBC_PUBLISHED, EventType.MEETING, day("2023-08-30"), PUTIN);

    t.pipe(b, a);

    List<String> expected = new java.util.ArrayList<>(List.of(EntryIdentity.entryId(a), EntryIdentity.entryId(b)));
    expected.sort(null);
    assertThat(t.timelineOrder()).containsExactlyElementsOf(expected);
  }

  @Test
  void shouldOrderAFollowerAfterItsAnchorWhenBothAreOnlyKnownToBeOnOrBeforeTheSameDay() {
    NewsEvent visit = event("visit", "LBC", LBC_PUBLISHED, EventType.VISIT,
        onOrBefore("2023-08-30", "during a recent visit"), SHOIGU, NORTH_KOREA);
    NewsEvent letters = following(event("letters", "LBC", LBC_PUBLISHED, EventType.COMMUNICATION,
        onOrBefore("2023-08-30", "exchanged the letters following Mr Shoigu's visit"), PUTIN, KIM), "visit");
    NewsEvent un = event("un", "LBC", LBC_PUBLISHED, EventType.STATEMENT, day("2023-08-30"), US, NORTH_KOREA);

    t.pipe(letters, un, visit);

    String lettersId = EntryIdentity.entryId(letters);
    assertThat(t.timelineOrder()).containsExactly(EntryIdentity.entryId(visit), EntryIdentity.entryId(un), lettersId);
    TimelineEntry follower = TimelineDriver.latest(t.timeline).get(lettersId);
    assertThat(follower.getAfter()).isEqualTo("visit");
    assertThat(follower.getSortKey()).isEqualTo("2023-08-30|1|0000-01-01|" + lettersId);
  }

  @Test
  void shouldKeepAFollowerAfterItsAnchorOnTheSameDayWhateverTheirIds() {
    for (int i = 0; i < 8; i++) {
      String anchorId = "anchor-" + i;
      NewsEvent anchor = event(anchorId, "LBC", LBC_PUBLISHED, EventType.MEETING, day("2023-08-" + (10 + i)), PUTIN);
      NewsEvent follower = following(event("follower-" + i, "LBC", LBC_PUBLISHED, EventType.STATEMENT,
          day("2023-08-" + (10 + i)), PUTIN), anchorId);

      t.pipe(follower, anchor);

      List<String> order = t.timelineOrder();
      assertThat(order.indexOf(EntryIdentity.entryId(follower))).isEqualTo(order.indexOf(EntryIdentity.entryId(anchor)) + 1);
    }
  }

  @Test
  void shouldSortByLatestDayThenFollowingThenEarliestDayThenId() {
    String vague = SortKey.of(onOrBefore("2023-08-30", "recently"), false, "e-ffffffffffffffff");
    String dated = SortKey.of(day("2023-08-30"), false, "e-0000000000000000");
    String vagueFollower = SortKey.of(onOrBefore("2023-08-30", "recently"), true, "e-0000000000000000");
    String nextDay = SortKey.of(onOrBefore("2023-08-31", "recently"), false, "e-0000000000000000");

    assertThat(List.of(nextDay, vagueFollower, dated, vague)).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(vague).isEqualTo("2023-08-30|0|0000-01-01|e-ffffffffffffffff");
  }
}
