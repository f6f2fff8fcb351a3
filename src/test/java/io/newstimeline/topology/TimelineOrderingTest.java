package io.newstimeline.topology;

import static io.newstimeline.topology.TimelineFixtures.*;
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

class TimelineOrderingTest {

  @TempDir Path stateDir;
  TimelineDriver t;

  @BeforeEach
  void start() {
    t = new TimelineDriver(stateDir);
  }

  @AfterEach
  void stop() {
    t.close();
  }

  @Test
  void shouldOrderEntriesByWhenEventsHappenedNotByArrival() {
    NewsEvent train = event("train", "Forces News", FORCES_PUBLISHED, EventType.DEPARTURE, day("2023-09-10"), KIM);
    NewsEvent un = event("un", "LBC", LBC_PUBLISHED, EventType.STATEMENT, day("2023-08-30"), US, NORTH_KOREA);
    NewsEvent shipment = event("shipment", "LBC", LBC_PUBLISHED, EventType.ARMS_TRANSFER,
        quarter("2022-10-01", "2022-12-31", "Late last year"), US, NORTH_KOREA);
    NewsEvent visit = event("visit", "LBC", LBC_PUBLISHED, EventType.VISIT,
        onOrBefore("2023-08-30", "during a recent visit"), SHOIGU, NORTH_KOREA);

    t.pipe(train, un, shipment, visit);

    assertThat(t.timelineOrder()).containsExactly(
        EntryIdentity.entryId(shipment), EntryIdentity.entryId(visit), EntryIdentity.entryId(un), EntryIdentity.entryId(train));
  }

  @Test
  void shouldPublishEachEntryWithItsSortKeyAndDate() {
    NewsEvent train = event("train", "Forces News", FORCES_PUBLISHED, EventType.DEPARTURE, day("2023-09-10"), KIM);

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
}
