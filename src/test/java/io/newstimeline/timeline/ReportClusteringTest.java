package io.newstimeline.timeline;

import static io.newstimeline.testing.TimelineFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.newstimeline.avro.ActorKind;
import io.newstimeline.avro.DatePrecision;
import io.newstimeline.avro.EventDate;
import io.newstimeline.avro.EventType;
import io.newstimeline.avro.NewsEvent;
import io.newstimeline.avro.TimelineEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The identity rule as a pure function: which reports are one event. */
class ReportClusteringTest {

  static final Instant EARLIER = Instant.parse("2023-08-01T09:00:00Z");

  final NewsEvent recentVisit = event("lbc-visit", "LBC", LBC_PUBLISHED, EventType.VISIT,
      onOrBefore("2023-08-30", "during a recent visit"), SHOIGU, NORTH_KOREA);
  final NewsEvent julyVisit = event("reuters-visit", "Reuters", EARLIER, EventType.VISIT, day("2023-07-27"),
      NORTH_KOREA, SHOIGU);
  final NewsEvent augustVisit = event("ap-visit", "AP", FORCES_PUBLISHED, EventType.VISIT, day("2023-08-20"),
      SHOIGU, NORTH_KOREA);

  @Test
  void shouldMergeAnOnOrBeforeReportIntoTheDatedReportItContains() {
    List<TimelineEntry> entries = TimelineModel.entries(List.of(recentVisit, julyVisit));

    assertThat(entries).hasSize(1);
    TimelineEntry visit = entries.get(0);
    assertThat(visit.getId()).isEqualTo(EntryIdentity.entryId(julyVisit));
    assertThat(visit.getDate()).isEqualTo(day("2023-07-27"));
    assertThat(visit.getCorroboration()).isEqualTo(2);
    assertThat(visit.getSources()).extracting(s -> s.getEventId()).containsExactly("reuters-visit", "lbc-visit");
  }

  @Test
  void shouldAttachAVagueReportToTheLatestDatedEventItContains() {
    assertThat(clusters(recentVisit, julyVisit, augustVisit))
        .containsExactly(List.of("reuters-visit"), List.of("ap-visit", "lbc-visit"));
  }

  @Test
  void shouldKeepReportsOfTheSameIntervalTogetherAndOfAdjacentDaysApart() {
    NewsEvent sameDay = event("bbc-visit", "BBC", EARLIER, EventType.VISIT, day("2023-07-27"), SHOIGU, NORTH_KOREA);
    NewsEvent nextDay = event("cnn-visit", "CNN", EARLIER, EventType.VISIT, day("2023-07-28"), SHOIGU, NORTH_KOREA);

    assertThat(clusters(julyVisit, sameDay, nextDay))
        .containsExactly(List.of("bbc-visit", "reuters-visit"), List.of("cnn-visit"));
  }

  @Test
  void shouldKeepOverlappingIntervalsApartWhenNeitherContainsTheOther() {
    NewsEvent thisMonth = event("bbc-visit", "BBC", EARLIER, EventType.VISIT, month("2023-08", "this month"),
        SHOIGU, NORTH_KOREA);

    assertThat(clusters(recentVisit, thisMonth)).containsExactly(List.of("lbc-visit"), List.of("bbc-visit"));
  }

  @Test
  void shouldRefineAQuarterToTheMonthInsideIt() {
    NewsEvent lateLastYear = event("lbc-shipment", "LBC", LBC_PUBLISHED, EventType.TRANSACTION,
        quarter("2022-10-01", "2022-12-31", "Late last year"), US, NORTH_KOREA);
    NewsEvent november = event("ap-shipment", "AP", EARLIER, EventType.TRANSACTION, month("2022-11", "in November"),
        NORTH_KOREA, US);

    List<TimelineEntry> entries = TimelineModel.entries(List.of(lateLastYear, november));

    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).getDate()).isEqualTo(month("2022-11", "in November"));
  }

  @Test
  void shouldMatchAnOnOrBeforeReportOnlyWithinTheYearBeforeItsBound() {
    NewsEvent yearBefore = event("old-visit", "AP", EARLIER, EventType.VISIT, day("2022-08-30"), SHOIGU, NORTH_KOREA);
    NewsEvent longBefore = event("older-visit", "AP", EARLIER, EventType.VISIT, day("2022-08-29"), SHOIGU, NORTH_KOREA);

    assertThat(clusters(recentVisit, yearBefore)).containsExactly(List.of("lbc-visit", "old-visit"));
    assertThat(clusters(recentVisit, longBefore)).containsExactly(List.of("older-visit"), List.of("lbc-visit"));
  }

  @Test
  void shouldMergeOnOrBeforeReportsWithTheSameBoundButNotWithAnotherBound() {
    NewsEvent sameBound = event("bbc-visit", "BBC", LBC_PUBLISHED, EventType.VISIT, onOrBefore("2023-08-30", "recently"),
        SHOIGU, NORTH_KOREA);
    NewsEvent laterBound = event("forces-visit", "Forces News", FORCES_PUBLISHED, EventType.VISIT,
        onOrBefore("2023-09-10", "recently"), SHOIGU, NORTH_KOREA);

    assertThat(clusters(recentVisit, sameBound, laterBound))
        .containsExactly(List.of("bbc-visit", "lbc-visit"), List.of("forces-visit"));
    assertThat(clusters(recentVisit, sameBound, laterBound, julyVisit))
        .containsExactly(List.of("bbc-visit", "forces-visit", "lbc-visit", "reuters-visit"));
  }

  @Test
  void shouldKeepReportsNamingDifferentActorsForTheSameRealEventApart() {
    NewsEvent russia = event("bbc-visit", "BBC", EARLIER, EventType.VISIT, day("2023-07-27"),
        actor("russia", "Russia", ActorKind.GOVERNMENT), NORTH_KOREA);

    assertThat(TimelineModel.entries(List.of(julyVisit, russia))).hasSize(2);
  }

  @Test
  void shouldKeepReportsOfDifferentTypesApart() {
    NewsEvent meeting = NewsEvent.newBuilder(julyVisit).setId("reuters-meeting").setType(EventType.MEETING).build();

    assertThat(TimelineModel.entries(List.of(julyVisit, meeting))).hasSize(2);
  }

  @Test
  void shouldMatchARangeLongerThanAYearOnItsLastYear() {
    NewsEvent years = event("ap-talks", "AP", EARLIER, EventType.MEETING, range("2020-01-01", "2023-06-30"), PUTIN, KIM);
    NewsEvent lastYear = event("bbc-talks", "BBC", EARLIER, EventType.MEETING, day("2023-01-10"), PUTIN, KIM);
    NewsEvent earlier = event("cnn-talks", "CNN", EARLIER, EventType.MEETING, day("2021-01-10"), PUTIN, KIM);

    assertThat(MatchInterval.of(years.getDate()))
        .isEqualTo(new MatchInterval(LocalDate.parse("2022-06-30"), LocalDate.parse("2023-06-30")));
    assertThat(clusters(years, lastYear, earlier)).containsExactly(List.of("cnn-talks"), List.of("ap-talks", "bbc-talks"));
  }

  @Test
  void shouldKeepTheTightestIntervalConsistentWithEveryReport() {
    EventDate early = range("2023-07-01", "2023-07-31");
    NewsEvent july = event("ap-visit", "AP", EARLIER, EventType.VISIT, early, SHOIGU, NORTH_KOREA);
    NewsEvent latestInJuly = event("bbc-visit", "BBC", EARLIER, EventType.VISIT, range("2023-07-20", "2023-07-31"),
        SHOIGU, NORTH_KOREA);

    TimelineEntry entry = TimelineModel.entries(List.of(july, latestInJuly, recentVisit)).get(0);

    assertThat(entry.getDate()).isEqualTo(range("2023-07-20", "2023-07-31"));
    assertThat(entry.getDate().getPrecision()).isEqualTo(DatePrecision.RANGE);
  }

  @Test
  void shouldGiveTheSameEntriesForTheSameReportsInAnyOrder() {
    List<NewsEvent> reports = new ArrayList<>(List.of(recentVisit, julyVisit, augustVisit,
        event("bbc-visit", "BBC", EARLIER, EventType.VISIT, month("2023-07", "in July"), SHOIGU, NORTH_KOREA),
        event("cnn-visit", "CNN", EARLIER, EventType.VISIT, quarter("2023-07-01", "2023-09-30", "this summer"),
            SHOIGU, NORTH_KOREA),
        event("dw-visit", "DW", EARLIER, EventType.VISIT, onOrBefore("2023-09-10", "recently"), SHOIGU, NORTH_KOREA)));
    List<TimelineEntry> expected = TimelineModel.entries(reports);
    Random random = new Random(7);

    for (int i = 0; i < 50; i++) {
      Collections.shuffle(reports, random);
      assertThat(TimelineModel.entries(reports)).isEqualTo(expected);
    }
    assertThat(clusters(reports.toArray(NewsEvent[]::new)))
        .containsExactly(List.of("bbc-visit", "reuters-visit"), List.of("ap-visit", "cnn-visit", "dw-visit", "lbc-visit"));
  }

  @Test
  void shouldFindTheRootsAsTheIntervalsContainingNoOther() {
    MatchInterval july = interval("2023-07-01", "2023-07-31");
    MatchInterval day = interval("2023-07-27", "2023-07-27");
    MatchInterval lastDayOfJuly = interval("2023-07-31", "2023-07-31");
    MatchInterval august = interval("2023-08-01", "2023-08-31");

    assertThat(ReportClustering.roots(List.of(august, july, lastDayOfJuly, day)))
        .containsExactly(day, lastDayOfJuly, august);
    assertThat(ReportClustering.rootOf(july, List.of(day, lastDayOfJuly, august))).isEqualTo(lastDayOfJuly);
  }

  @Test
  void shouldWidenTheWindowOfAChangeByTwoYearsEachSide() {
    MatchInterval.Window window = ReportClustering.window(interval("2023-07-27", "2023-07-27"));

    assertThat(window).isEqualTo(new MatchInterval.Window(LocalDate.parse("2021-07-27"), LocalDate.parse("2025-07-26")));
  }

  @Test
  void shouldChangeTheSameClustersWhenReclusteringOnlyTheWindowOfAChange() {
    Random random = new Random(11);
    for (int trial = 0; trial < 300; trial++) {
      List<NewsEvent> thread = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        thread.add(randomlyDated("r" + i, random));
      }
      NewsEvent changed = randomlyDated("x", random);
      List<NewsEvent> withChange = new ArrayList<>(thread);
      withChange.add(changed);
      MatchInterval.Window window = ReportClustering.window(MatchInterval.of(changed.getDate()));

      Map<MatchInterval, List<List<NewsEvent>>> whole = changedClusters(thread, withChange);
      Map<MatchInterval, List<List<NewsEvent>>> windowed = changedClusters(inside(window, thread), inside(window, withChange));

      assertThat(windowed).as("trial %d", trial).isEqualTo(whole);
    }
  }

  /** Root → [members before, members after] of every cluster that differs between the two sets. */
  private static Map<MatchInterval, List<List<NewsEvent>>> changedClusters(List<NewsEvent> before, List<NewsEvent> after) {
    SortedMap<MatchInterval, List<NewsEvent>> was = ReportClustering.clusterThread(before);
    SortedMap<MatchInterval, List<NewsEvent>> is = ReportClustering.clusterThread(after);
    Map<MatchInterval, List<List<NewsEvent>>> changed = new TreeMap<>();
    Set<MatchInterval> roots = new TreeSet<>(was.keySet());
    roots.addAll(is.keySet());
    for (MatchInterval root : roots) {
      List<NewsEvent> old = was.getOrDefault(root, List.of());
      List<NewsEvent> now = is.getOrDefault(root, List.of());
      if (!old.equals(now)) {
        changed.put(root, List.of(old, now));
      }
    }
    return changed;
  }

  private static List<NewsEvent> inside(MatchInterval.Window window, List<NewsEvent> reports) {
    return reports.stream().filter(r -> window.contains(MatchInterval.of(r.getDate()))).toList();
  }

  /** A report of one thread dated somewhere in six years, with any precision. */
  private static NewsEvent randomlyDated(String id, Random random) {
    LocalDate day = LocalDate.parse("2020-01-01").plusDays(random.nextInt(6 * 365));
    EventDate date = switch (random.nextInt(7)) {
      case 0, 1 -> day(day.toString());
      case 2 -> month(day.toString().substring(0, 7), null);
      case 3 -> range(day.toString(), day.plusDays(random.nextInt(120)).toString());
      case 4 -> onOrBefore(day.toString(), null);
      case 5 -> range(day.toString(), day.plusDays(300 + random.nextInt(500)).toString());
      default -> range(day.toString(), null);
    };
    return event(id, "AP", EARLIER, EventType.VISIT, date, SHOIGU, NORTH_KOREA);
  }

  private static MatchInterval interval(String from, String to) {
    return new MatchInterval(LocalDate.parse(from), LocalDate.parse(to));
  }

  /** Event ids of each cluster, clusters in root order. */
  private static List<List<String>> clusters(NewsEvent... reports) {
    List<List<String>> clusters = new ArrayList<>();
    ReportClustering.clusters(List.of(reports))
        .forEach(cluster -> clusters.add(cluster.reports().stream().map(NewsEvent::getId).toList()));
    return clusters;
  }
}
