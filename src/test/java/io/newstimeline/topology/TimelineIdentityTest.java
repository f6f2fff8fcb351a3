package io.newstimeline.topology;

import static io.newstimeline.testing.TimelineFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.avro.ActorKind;
import io.newstimeline.avro.EventType;
import io.newstimeline.avro.NewsEvent;
import io.newstimeline.avro.SourceReport;
import io.newstimeline.avro.TimelineEntry;
import io.newstimeline.avro.TimelineRevision;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.newstimeline.timeline.EntryIdentity;

/** Reports of one event with different precision become one entry; merges and splits are revisions. */
class TimelineIdentityTest {

  static final Instant REUTERS_PUBLISHED = Instant.parse("2023-07-28T08:00:00Z");

  @TempDir Path stateDir;
  TimelineDriver t;

  final NewsEvent recentVisit = event("lbc-visit", "LBC", LBC_PUBLISHED, EventType.VISIT,
      onOrBefore("2023-08-30", "during a recent visit"), SHOIGU, NORTH_KOREA);
  final NewsEvent julyVisit = event("reuters-visit", "Reuters", REUTERS_PUBLISHED, EventType.VISIT, day("2023-07-27"),
      NORTH_KOREA, SHOIGU);
  final NewsEvent augustVisit = event("ap-visit", "AP", FORCES_PUBLISHED, EventType.VISIT, day("2023-08-20"),
      SHOIGU, NORTH_KOREA);
  final String julyId = EntryIdentity.entryId(julyVisit);
  final String vagueId = EntryIdentity.entryId(recentVisit);
  final String augustId = EntryIdentity.entryId(augustVisit);

  @BeforeEach
  void start() {
    t = TimelineDriver.inMemory(stateDir);
  }

  @AfterEach
  void stop() {
    t.close();
  }

  @Test
  void shouldKeepTheDatedEntryWhenAVagueReportOfTheSameVisitJoins() {
    t.pipe(julyVisit, recentVisit);

    assertThat(changes()).containsExactly(julyId + " 1 NEW_REPORT", julyId + " 2 CORROBORATED");
    TimelineEntry visit = TimelineDriver.latest(t.timeline).get(julyId);
    assertThat(visit.getDate()).isEqualTo(day("2023-07-27"));
    assertThat(visit.getCorroboration()).isEqualTo(2);
    assertThat(visit.getSources()).extracting(SourceReport::getEventId).containsExactly("reuters-visit", "lbc-visit");
    assertThat(t.timelineOrder()).containsExactly(julyId);
    assertThat(t.revisions.isEmpty()).isTrue();
  }

  @Test
  void shouldMergeAVagueEntryIntoTheDatedReportThatArrivesAfterIt() {
    t.pipe(recentVisit, julyVisit);

    List<TimelineRevision> revisions = t.revisions.readValuesToList();
    assertThat(revisions).extracting(TimelineDriver::change)
        .containsExactly(vagueId + " 1 NEW_REPORT", julyId + " 1 MERGED", vagueId + " 2 MERGED");
    assertThat(revisions.get(2).getAfter()).isNull();
    assertThat(revisions.get(2).getCauseEventId()).isEqualTo("reuters-visit");
    Map<String, TimelineEntry> timeline = TimelineDriver.latest(t.timeline);
    assertThat(timeline).containsOnlyKeys(julyId);
    assertThat(timeline.get(julyId).getSources()).hasSize(2);
    assertThat(t.timelineOrder()).containsExactly(julyId);
    assertThat(t.revisions.isEmpty()).isTrue();
  }

  @Test
  void shouldSplitTheVagueReportBackOutWhenTheDatedReportIsRetracted() {
    t.pipe(julyVisit, recentVisit);
    t.revisions.readValuesToList();

    t.pipe(retraction(julyVisit));

    assertThat(changes()).containsExactly(julyId + " 3 RETRACTED", vagueId + " 1 SPLIT");
    Map<String, TimelineEntry> timeline = TimelineDriver.latest(t.timeline);
    assertThat(timeline).containsOnlyKeys(vagueId);
    assertThat(timeline.get(vagueId).getDate()).isEqualTo(onOrBefore("2023-08-30", "during a recent visit"));
    assertThat(t.timelineOrder()).containsExactly(vagueId);
    assertThat(t.revisions.isEmpty()).isTrue();
  }

  @Test
  void shouldMoveAVagueReportToTheLatestDatedVisitItContains() {
    t.pipe(julyVisit, recentVisit);
    t.revisions.readValuesToList();

    t.pipe(augustVisit);

    assertThat(changes()).containsExactly(julyId + " 3 SPLIT", augustId + " 1 MERGED");
    Map<String, TimelineEntry> timeline = TimelineDriver.latest(t.timeline);
    assertThat(timeline.get(julyId).getSources()).extracting(SourceReport::getEventId).containsExactly("reuters-visit");
    assertThat(timeline.get(augustId).getSources()).extracting(SourceReport::getEventId)
        .containsExactly("lbc-visit", "ap-visit");
    assertThat(t.timelineOrder()).containsExactly(julyId, augustId);
    assertThat(t.revisions.isEmpty()).isTrue();
  }

  @Test
  void shouldRemoveARetractedSourceAndCountTheOutletsAgain() {
    NewsEvent sameDay = event("bbc-visit", "BBC", REUTERS_PUBLISHED, EventType.VISIT, day("2023-07-27"), SHOIGU, NORTH_KOREA);
    t.pipe(julyVisit, sameDay);
    t.revisions.readValuesToList();

    t.pipe(retraction(sameDay));

    TimelineRevision change = t.revisions.readValue();
    assertThat(TimelineDriver.change(change)).isEqualTo(julyId + " 3 RETRACTED");
    assertThat(change.getBefore().getCorroboration()).isEqualTo(2);
    assertThat(change.getAfter().getCorroboration()).isEqualTo(1);
    assertThat(change.getAfter().getSources()).extracting(SourceReport::getEventId).containsExactly("reuters-visit");
    assertThat(t.revisions.isEmpty()).isTrue();
  }

  @Test
  void shouldCountTwoArticlesOfOneOutletAsOneOutlet() {
    NewsEvent followUp = event("reuters-visit-2", "Reuters", LBC_PUBLISHED, EventType.VISIT, day("2023-07-27"),
        SHOIGU, NORTH_KOREA);

    t.pipe(julyVisit, followUp);

    TimelineEntry visit = TimelineDriver.latest(t.timeline).get(julyId);
    assertThat(visit.getSources()).hasSize(2);
    assertThat(visit.getCorroboration()).isEqualTo(1);
  }

  @Test
  void shouldMoveAReportWhoseActorsAreCorrectedToItsNewThreadAsCorrections() {
    t.pipe(julyVisit);
    t.revisions.readValuesToList();
    NewsEvent corrected = NewsEvent.newBuilder(julyVisit)
        .setActors(List.of(SHOIGU, actor("russia", "Russia", ActorKind.GOVERNMENT), NORTH_KOREA)).build();

    t.pipe(corrected);

    String correctedId = EntryIdentity.entryId(corrected);
    assertThat(changes()).containsExactly(julyId + " 2 CORRECTED", correctedId + " 1 CORRECTED");
    assertThat(TimelineDriver.latest(t.timeline)).containsOnlyKeys(correctedId);
    assertThat(t.timelineOrder()).containsExactly(correctedId);
    assertThat(t.revisions.isEmpty()).isTrue();
  }

  @Test
  void shouldCorrectAReportInPlaceWhenItStaysInItsEntry() {
    t.pipe(julyVisit, recentVisit);
    t.revisions.readValuesToList();

    t.pipe(NewsEvent.newBuilder(recentVisit).setEvidence("Corrected evidence.").build());

    TimelineRevision change = t.revisions.readValue();
    assertThat(TimelineDriver.change(change)).isEqualTo(julyId + " 3 CORRECTED");
    assertThat(change.getAfter().getSources().get(1).getEvidence()).isEqualTo("Corrected evidence.");
    assertThat(t.revisions.isEmpty()).isTrue();
  }

  @Test
  void shouldMakeNoRevisionWhenACorrectionChangesNothingTheEntryShows() {
    t.pipe(julyVisit, recentVisit);
    t.revisions.readValuesToList();
    t.timeline.readValuesToList();

    t.pipe(NewsEvent.newBuilder(recentVisit).setSummary("A later summary that is not the entry's.").build());

    assertThat(t.revisions.isEmpty()).isTrue();
    assertThat(t.timeline.isEmpty()).isTrue();
  }

  @Test
  void shouldChangeNothingWhenARetractionIsSentAgain() {
    t.pipe(julyVisit, retraction(julyVisit));
    t.revisions.readValuesToList();

    t.pipe(retraction(julyVisit));

    assertThat(t.revisions.isEmpty()).isTrue();
  }

  @Test
  void shouldNotMergeReportsNamingRussiaAndPutinForTheSameVisit() {
    NewsEvent byPutin = event("bbc-talks", "BBC", LBC_PUBLISHED, EventType.MEETING, day("2023-08-29"), PUTIN, KIM);
    NewsEvent byRussia = event("ap-talks", "AP", LBC_PUBLISHED, EventType.MEETING, day("2023-08-29"),
        actor("russia", "Russia", ActorKind.GOVERNMENT), NORTH_KOREA);

    t.pipe(byPutin, byRussia);

    assertThat(TimelineDriver.latest(t.timeline))
        .containsOnlyKeys(EntryIdentity.entryId(byPutin), EntryIdentity.entryId(byRussia));
  }

  /** {@code <entry id> <revision> <reason>} of every revision read so far. */
  private List<String> changes() {
    return t.revisions.readValuesToList().stream().map(TimelineDriver::change).toList();
  }
}
