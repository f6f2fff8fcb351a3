package io.newstimeline.topology;

import static io.newstimeline.testing.TimelineFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.avro.EventType;
import io.newstimeline.avro.NewsEvent;
import io.newstimeline.avro.TimelineEntry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.newstimeline.timeline.EntryIdentity;
import io.newstimeline.timeline.TimelineModel;

/** The timeline rebuilt offline from a log of reports, as of a knowledge time. */
class TimelineModelTest {

  static final Instant REUTERS_PUBLISHED = Instant.parse("2023-09-01T08:00:00Z");

  @TempDir Path stateDir;

  final NewsEvent recentVisit = event("lbc-visit", "LBC", LBC_PUBLISHED, EventType.VISIT,
      onOrBefore("2023-08-30", "during a recent visit"), SHOIGU, NORTH_KOREA);
  final NewsEvent julyVisit = event("reuters-visit", "Reuters", REUTERS_PUBLISHED, EventType.VISIT, day("2023-07-27"),
      SHOIGU, NORTH_KOREA);
  final NewsEvent train = event("train", "Forces News", FORCES_PUBLISHED, EventType.TRAVEL, day("2023-09-10"), KIM);

  @Test
  void shouldShowOnlyWhatWasPublishedByTheKnowledgeTime() {
    List<NewsEvent> log = List.of(recentVisit, julyVisit, train);

    List<TimelineEntry> beforeReuters = TimelineModel.asOf(log, Instant.parse("2023-08-31T00:00:00Z"));
    List<TimelineEntry> afterReuters = TimelineModel.asOf(log, Instant.parse("2023-09-02T00:00:00Z"));

    assertThat(beforeReuters).extracting(TimelineEntry::getId).containsExactly(EntryIdentity.entryId(recentVisit));
    assertThat(beforeReuters.get(0).getDate()).isEqualTo(onOrBefore("2023-08-30", "during a recent visit"));
    assertThat(afterReuters).extracting(TimelineEntry::getId).containsExactly(EntryIdentity.entryId(julyVisit));
    assertThat(afterReuters.get(0).getDate()).isEqualTo(day("2023-07-27"));
    assertThat(afterReuters.get(0).getRevision()).isEqualTo(TimelineModel.OFFLINE_REVISION);
  }

  @Test
  void shouldKeepTheLastVersionOfEachEventAndDropRetractedOnes() {
    NewsEvent corrected = NewsEvent.newBuilder(julyVisit).setDate(day("2023-07-26")).build();
    List<NewsEvent> log = List.of(julyVisit, train, corrected, retraction(train), recentVisit);

    assertThat(TimelineModel.liveReports(log)).containsExactly(recentVisit, corrected);
  }

  @Test
  void shouldSkipRecordsThatTheTopologySendsToDeadLetters() {
    NewsEvent noActor = event("lonely", "LBC", LBC_PUBLISHED, EventType.STATEMENT, day("2023-08-30"));
    List<NewsEvent> log = new ArrayList<>(List.of(train, noActor));
    log.add(null);

    assertThat(TimelineModel.liveReports(log)).containsExactly(train);
  }

  @Test
  void shouldRebuildTheTopologysTimelineEntryForEntry() {
    List<NewsEvent> log = List.of(recentVisit, train, julyVisit, retraction(train),
        event("forces-visit", "Forces News", FORCES_PUBLISHED, EventType.VISIT, onOrBefore("2023-09-10", "recently"),
            SHOIGU, NORTH_KOREA));
    Map<String, TimelineEntry> live = new TreeMap<>();
    try (TimelineDriver t = TimelineDriver.inMemory(stateDir)) {
      log.forEach(t::pipe);
      TimelineDriver.latest(t.timeline).forEach((id, entry) ->
          live.put(id, TimelineEntry.newBuilder(entry).setRevision(TimelineModel.OFFLINE_REVISION).build()));
    }

    List<TimelineEntry> offline = TimelineModel.asOf(log, Instant.parse("2023-12-31T00:00:00Z"));

    assertThat(offline).containsExactlyElementsOf(live.values());
    assertThat(offline).hasSize(1);
    assertThat(offline.get(0).getSources()).hasSize(3);
  }
}
