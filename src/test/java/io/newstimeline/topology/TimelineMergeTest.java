package io.newstimeline.topology;

import static io.newstimeline.testing.TimelineFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.avro.EventType;
import io.newstimeline.avro.NewsEvent;
import io.newstimeline.avro.SourceReport;
import io.newstimeline.avro.TimelineEntry;
import io.newstimeline.avro.TimelineRevision;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.newstimeline.timeline.EntryIdentity;

class TimelineMergeTest {

  @TempDir Path stateDir;
  TimelineDriver t;

  final NewsEvent lbcReport = event("lbc-letters", "LBC", LBC_PUBLISHED, EventType.COMMUNICATION,
      onOrBefore("2023-08-30", "have swapped letters"), PUTIN, KIM);
  final NewsEvent forcesReport = event("forces-letters", "Forces News", FORCES_PUBLISHED, EventType.COMMUNICATION,
      onOrBefore("2023-08-30", "have swapped letters"), KIM, PUTIN);

  @BeforeEach
  void start() {
    t = new TimelineDriver(stateDir);
  }

  @AfterEach
  void stop() {
    t.close();
  }

  @Test
  void shouldMergeTheSameEventFromTwoOutletsIntoOneCorroboratedEntry() {
    t.pipe(lbcReport, forcesReport);

    List<KeyValue<String, TimelineEntry>> versions = t.timeline.readKeyValuesToList();
    String id = EntryIdentity.entryId(lbcReport);
    assertThat(versions).extracting(kv -> kv.key).containsExactly(id, id);
    TimelineEntry merged = versions.get(1).value;
    assertThat(merged.getCorroboration()).isEqualTo(2);
    assertThat(merged.getRevision()).isEqualTo(2);
    assertThat(merged.getSources()).extracting(SourceReport::getOutlet).containsExactly("LBC", "Forces News");
    assertThat(merged.getSummary()).isEqualTo("Summary of lbc-letters");
    assertThat(merged.getActors()).containsExactly(KIM, PUTIN);
    assertThat(t.timelineOrder()).containsExactly(id);
  }

  @Test
  void shouldChangeNothingWhenTheSameReportIsSentAgain() {
    t.pipe(lbcReport);
    t.timeline.readKeyValuesToList();
    t.revisions.readKeyValuesToList();

    t.pipe(lbcReport);

    assertThat(t.timeline.isEmpty()).isTrue();
    assertThat(t.revisions.isEmpty()).isTrue();
  }

  @Test
  void shouldRecordEachChangeAsARevisionWithBeforeAndAfter() {
    t.pipe(lbcReport, forcesReport);

    List<TimelineRevision> changes = t.revisions.readValuesToList();
    assertThat(changes).extracting(TimelineRevision::getReason).containsExactly("NEW_REPORT", "CORROBORATED");
    assertThat(changes.get(0).getBefore()).isNull();
    assertThat(changes.get(1).getBefore()).isEqualTo(changes.get(0).getAfter());
    assertThat(changes.get(1).getCauseEventId()).isEqualTo("forces-letters");
    assertThat(t.revisions.isEmpty()).isTrue();
  }

  @Test
  void shouldTombstoneAnEntryWhenItsOnlyReportIsRetracted() {
    t.pipe(lbcReport);
    t.timeline.readKeyValuesToList();

    t.pipe(NewsEvent.newBuilder(lbcReport).setRetracted(true).build());

    KeyValue<String, TimelineEntry> tombstone = t.timeline.readKeyValue();
    assertThat(tombstone.key).isEqualTo(EntryIdentity.entryId(lbcReport));
    assertThat(tombstone.value).isNull();
    assertThat(t.timelineOrder()).isEmpty();
    assertThat(t.timeline.isEmpty()).isTrue();
  }

  @Test
  void shouldMoveACorrectedReportToItsNewEntry() {
    t.pipe(lbcReport);
    NewsEvent corrected = NewsEvent.newBuilder(lbcReport).setDate(day("2023-08-20")).build();

    t.pipe(corrected);

    assertThat(TimelineDriver.latest(t.timeline)).containsOnlyKeys(EntryIdentity.entryId(corrected));
    assertThat(t.timelineOrder()).containsExactly(EntryIdentity.entryId(corrected));
  }
}
